using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// The bookings of one customer on a page. A group booking is listed once, under its first attendee still to be
/// billed, with "+N attendees": listing it under every attendee would repeat its tick box, and one tick box per
/// booking is what the invoice buttons understand.
/// </summary>
internal sealed record CustomerGroup(string Key, string Name, string? Email, IReadOnlyList<UninvoicedBookingRow> Rows)
{
    public const string NoCustomerName = "No customer";

    /// <summary>Groups by customer name (case-insensitive), bookings without a customer last; rows keep their order.</summary>
    public static IReadOnlyList<CustomerGroup> Of(IReadOnlyList<UninvoicedBookingRow> rows)
    {
        var groups = new Dictionary<string, (BookingCustomer? Customer, List<UninvoicedBookingRow> Rows)>(StringComparer.Ordinal);
        foreach (UninvoicedBookingRow row in rows)
        {
            BookingCustomer? customer = GroupCustomer(row);
            string key = InvoiceLedgerKey.CustomerKeyOf(customer);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (customer, []);
                groups[key] = group;
            }
            group.Rows.Add(row);
        }
        return [.. groups
            .Select(g => new CustomerGroup(g.Key, NameOf(g.Value.Customer), EmailOf(g.Value.Customer), g.Value.Rows))
            .OrderBy(g => g.Key == InvoiceLedgerKey.NoCustomerKey)
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    private static BookingCustomer? GroupCustomer(UninvoicedBookingRow row)
    {
        HashSet<string> open = [.. row.UninvoicedKeys.Select(k => k.CustomerKey)];
        return row.Booking.Customers.FirstOrDefault(c => open.Contains(InvoiceLedgerKey.CustomerKeyOf(c)))
            ?? (row.Booking.Customers.Count > 0 ? row.Booking.Customers[0] : null);
    }

    private static string NameOf(BookingCustomer? customer) =>
        !string.IsNullOrWhiteSpace(customer?.Name) ? customer.Name
        : !string.IsNullOrWhiteSpace(customer?.Email) ? customer.Email
        : customer is null || InvoiceLedgerKey.CustomerKeyOf(customer) == InvoiceLedgerKey.NoCustomerKey ? NoCustomerName
        : "Unnamed customer";

    private static string? EmailOf(BookingCustomer? customer) =>
        string.IsNullOrWhiteSpace(customer?.Email) || customer.Email == NameOf(customer) ? null : customer.Email.Trim();
}
