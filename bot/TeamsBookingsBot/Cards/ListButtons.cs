namespace TeamsBookingsBot.Cards;

/// <summary>The list card's buttons for bookings that need no new invoice, as the help and welcome cards explain them.</summary>
public static class ListButtons
{
    public static ListButton MarkInvoiced { get; } = new("Mark as invoiced",
        "For bookings you already billed another way, e.g. paid at the till: they leave the list and no draft is made.");

    public static ListButton Exclude { get; } = new("Exclude…",
        "For bookings you won't bill, e.g. a no-show you let go: they leave the list, with the reason you type.");

    public static IReadOnlyList<ListButton> All { get; } = [MarkInvoiced, Exclude];
}
