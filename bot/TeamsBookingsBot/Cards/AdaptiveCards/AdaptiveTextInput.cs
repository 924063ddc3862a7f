namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveTextInput(string id) : AdaptiveInput(id)
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool IsMultiline { get; init; }

    public int MaxLength { get; init; }

    public string? Regex { get; init; }

    public AdaptiveTextInputStyle? Style { get; init; }
}
