namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// What the user fixed on the card, by appointment id. A price override is the amount billed per
/// attendee (quantity 1) and wins over the service's price type; it is how "price varies" gets a price.
/// A no-show marked for a fee is billed with the <see cref="NoShowFee"/> item instead of the service. An unusually
/// high line amount (<see cref="AmountCheck"/>) is billed only when <see cref="ConfirmedAmounts"/> holds that very
/// amount for its appointment: a price changed after the user confirmed it asks again.
/// </summary>
public sealed record InvoicePlanAdjustments
{
    public static InvoicePlanAdjustments None { get; } = new();

    public IReadOnlyDictionary<string, decimal> PriceOverrides { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlySet<string> NoShowWithFee { get; init; } = new HashSet<string>();

    public IReadOnlyDictionary<string, decimal> ConfirmedAmounts { get; init; } = new Dictionary<string, decimal>();
}
