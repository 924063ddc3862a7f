namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// What is billed once: one attendee of one appointment. Graph v1.0 has no invoice status, so this
/// key is the bot's only memory of what it invoiced. <see cref="CustomerKey"/> is the Bookings customer
/// id, else the lower-cased email, else <see cref="NoCustomerKey"/>. The ledger, the planner and the
/// uninvoiced list all speak of attendees with this one key.
/// </summary>
public sealed record InvoiceLedgerKey(string BusinessId, string AppointmentId, string CustomerKey)
{
    /// <summary>The customer key of a booking without customers, or of a customer with neither id nor email.</summary>
    public const string NoCustomerKey = "-";

    public static InvoiceLedgerKey For(Booking booking, BookingCustomer? customer) =>
        new(booking.BusinessId, booking.AppointmentId, CustomerKeyOf(customer));

    /// <summary>One key per attendee; a booking without customers still has one key, so it can be excluded or marked.</summary>
    public static IReadOnlyList<InvoiceLedgerKey> AllFor(Booking booking) =>
        booking.Customers.Count == 0
            ? [For(booking, null)]
            : booking.Customers.Select(c => For(booking, c)).Distinct().ToArray();

    public static string CustomerKeyOf(BookingCustomer? customer)
    {
        if (customer is null)
        {
            return NoCustomerKey;
        }
        if (!string.IsNullOrWhiteSpace(customer.CustomerId))
        {
            return customer.CustomerId.Trim();
        }
        // Bookings lets staff type an email in any case; BC matches emails case-insensitively too.
        return string.IsNullOrWhiteSpace(customer.Email) ? NoCustomerKey : customer.Email.Trim().ToLowerInvariant();
    }

    public override string ToString() => $"{BusinessId}/{AppointmentId}/{CustomerKey}";
}
