using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Domain;

/// <summary>
/// What the invoice ledger records as billed: one attendee of one appointment. Graph v1.0 cannot store
/// invoice status, so this key is the bot's only memory of what it invoiced. The list query's view of
/// <see cref="InvoiceLedgerKey"/> (the planner's and the ledger's): same three parts, same customer-key rule,
/// which lives in <see cref="InvoiceLedgerKey.CustomerKeyOf"/>; convert with <see cref="From"/> and <see cref="ToInvoiceLedgerKey"/>.
/// </summary>
public sealed record LedgerKey(string BusinessId, string AppointmentId, string CustomerKey)
{
    /// <summary>The customer key of a booking without customers.</summary>
    public const string NoCustomer = InvoiceLedgerKey.NoCustomerKey;

    public static LedgerKey For(Booking booking, BookingCustomer? customer) =>
        new(booking.BusinessId, booking.AppointmentId, CustomerKeyOf(customer));

    /// <summary>One key per attendee; a booking without customers still has one key, so it can be excluded or marked.</summary>
    public static IReadOnlyList<LedgerKey> AllFor(Booking booking) =>
        booking.Customers.Count == 0
            ? [For(booking, null)]
            : booking.Customers.Select(c => For(booking, c)).Distinct().ToArray();

    /// <summary>Bookings customer id, else the lower-cased email (walk-ins have no id), else "-".</summary>
    public static string CustomerKeyOf(BookingCustomer? customer) =>
        customer is null ? NoCustomer : InvoiceLedgerKey.CustomerKeyOf(customer);

    public static LedgerKey From(InvoiceLedgerKey key) => new(key.BusinessId, key.AppointmentId, key.CustomerKey);

    public InvoiceLedgerKey ToInvoiceLedgerKey() => new(BusinessId, AppointmentId, CustomerKey);

    public override string ToString() => $"{BusinessId}/{AppointmentId}/{CustomerKey}";
}
