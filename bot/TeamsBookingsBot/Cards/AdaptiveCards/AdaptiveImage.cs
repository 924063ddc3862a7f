namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveImage(Uri url) : AdaptiveElement
{
    public Uri Url { get; } = url;

    public string? AltText { get; init; }

    public AdaptiveImageSize? Size { get; init; }

    public AdaptiveImageStyle? Style { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}
