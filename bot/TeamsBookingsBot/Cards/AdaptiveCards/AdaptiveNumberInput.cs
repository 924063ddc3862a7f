namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveNumberInput(string id) : AdaptiveInput(id)
{
    public string? Placeholder { get; init; }

    // Nullable: zero is a meaningful value, minimum or maximum.
    public decimal? Value { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }
}
