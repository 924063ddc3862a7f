namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Input.Toggle; submitted as the string <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class AdaptiveToggleInput(string id, string title) : AdaptiveInput(id)
{
    [HostFormattedText]
    public string Title { get; } = title;

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool Wrap { get; init; } = true;
}
