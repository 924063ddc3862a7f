namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// A line amount far above what the business charges (an extra zero typed in Bookings, a booking that runs for
/// weeks) is billed only after the user confirms that very amount on the preview. One number for every currency:
/// the amount is compared in the booking's own currency, never converted.
/// </summary>
public sealed record AmountCheck(decimal UnusualAbove)
{
    public const decimal DefaultUnusualAbove = 100_000m;

    public static AmountCheck Default { get; } = new(DefaultUnusualAbove);

    public bool IsUnusual(decimal amount) => amount > UnusualAbove;
}
