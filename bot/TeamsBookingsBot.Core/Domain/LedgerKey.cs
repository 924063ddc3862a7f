namespace TeamsBookingsBot.Domain;

/// <summary>
/// What the invoice ledger records as billed: one attendee of one appointment. Graph v1.0 cannot store
/// invoice status, so this key is the bot's only memory of what it invoiced.
/// </summary>
public sealed record LedgerKey(string BusinessId, string AppointmentId, string CustomerKey)
{
    /// <summary>The customer key of a booking without customers.</summary>
    public const string NoCustomer = "-";

    public static LedgerKey For(Booking booking, BookingCustomer? customer) =>
        new(booking.BusinessId, booking.AppointmentId, CustomerKeyOf(customer));

    /// <summary>One key per attendee; a booking without customers still has one key, so it can be excluded or marked.</summary>
    public static IReadOnlyList<LedgerKey> AllFor(Booking booking) =>
        booking.Customers.Count == 0
            ? [For(booking, null)]
            : booking.Customers.Select(c => For(booking, c)).Distinct().ToArray();

    /// <summary>Bookings customer id, else the lower-cased email (walk-ins have no id), else "-".</summary>
    public static string CustomerKeyOf(BookingCustomer? customer)
    {
        if (!string.IsNullOrWhiteSpace(customer?.CustomerId))
        {
            return customer.CustomerId.Trim();
        }
        if (!string.IsNullOrWhiteSpace(customer?.Email))
        {
            return customer.Email.Trim().ToLowerInvariant();
        }
        return NoCustomer;
    }

    public override string ToString() => $"{BusinessId}/{AppointmentId}/{CustomerKey}";
}
