namespace TeamsBookingsBot.Cards.AdaptiveCards;

public abstract class AdaptiveInput : AdaptiveElement
{
    // The schema requires an id on every input: its value is submitted under this key.
    protected AdaptiveInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    [HostFormattedText]
    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    [HostFormattedText]
    public string? ErrorMessage { get; init; }
}
