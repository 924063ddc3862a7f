using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveColumn
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }

    public IList<AdaptiveElement> Items { get; init; } = [];

    public AdaptiveWidth? Width { get; init; }

    public AdaptiveSpacing? Spacing { get; init; }

    public bool Separator { get; init; }

    public AdaptiveContainerStyle? Style { get; init; }

    public AdaptiveVerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? IsVisible { get; init; }
}
