namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Input.ChoiceSet; a multi-select submits the chosen values comma-separated.</summary>
public sealed class AdaptiveChoiceSetInput(string id) : AdaptiveInput(id)
{
    public IList<AdaptiveChoice> Choices { get; init; } = [];

    public bool IsMultiSelect { get; init; }

    public AdaptiveChoiceInputStyle? Style { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool Wrap { get; init; }
}
