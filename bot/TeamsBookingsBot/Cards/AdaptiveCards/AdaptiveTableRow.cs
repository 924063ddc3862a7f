using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveTableRow
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public IList<AdaptiveTableCell> Cells { get; init; } = [];

    public AdaptiveContainerStyle? Style { get; init; }
}
