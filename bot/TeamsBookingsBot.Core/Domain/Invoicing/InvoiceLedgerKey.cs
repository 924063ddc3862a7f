namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// What is billed once: one attendee of one appointment. Graph v1.0 has no invoice status, so this
/// key is the bot's only memory of what it invoiced. <see cref="CustomerKey"/> is the Bookings customer
/// id, else the lower-cased email, else <see cref="NoCustomerKey"/>.
/// </summary>
public sealed record InvoiceLedgerKey(string BusinessId, string AppointmentId, string CustomerKey)
{
    public const string NoCustomerKey = "-";

    public static InvoiceLedgerKey For(Booking booking, BookingCustomer customer) =>
        new(booking.BusinessId, booking.AppointmentId, CustomerKeyOf(customer));

    public static string CustomerKeyOf(BookingCustomer customer)
    {
        if (!string.IsNullOrWhiteSpace(customer.CustomerId))
        {
            return customer.CustomerId.Trim();
        }
        // Bookings lets staff type an email in any case; BC matches emails case-insensitively too.
        return string.IsNullOrWhiteSpace(customer.Email) ? NoCustomerKey : customer.Email.Trim().ToLowerInvariant();
    }

    public override string ToString() => $"{BusinessId}/{AppointmentId}/{CustomerKey}";
}
