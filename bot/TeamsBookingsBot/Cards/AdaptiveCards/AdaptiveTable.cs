namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveTable : AdaptiveElement
{
    public IList<AdaptiveTableColumn> Columns { get; init; } = [];

    public IList<AdaptiveTableRow> Rows { get; init; } = [];

    // Nullable because the schema default is true.
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public AdaptiveContainerStyle? GridStyle { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public AdaptiveVerticalAlignment? VerticalCellContentAlignment { get; init; }
}
