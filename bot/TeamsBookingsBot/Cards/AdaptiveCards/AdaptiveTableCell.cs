using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveTableCell
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    // The schema requires "items" on a cell, so it is written even when empty.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IList<AdaptiveElement> Items { get; init; } = [];

    public AdaptiveContainerStyle? Style { get; init; }

    public AdaptiveVerticalAlignment? VerticalContentAlignment { get; init; }
}
