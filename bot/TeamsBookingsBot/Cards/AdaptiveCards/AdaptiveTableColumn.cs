namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>The schema's TableColumnDefinition; its width is a weight or pixels (no auto/stretch).</summary>
public sealed class AdaptiveTableColumn
{
    public AdaptiveWidth? Width { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public AdaptiveVerticalAlignment? VerticalCellContentAlignment { get; init; }
}
