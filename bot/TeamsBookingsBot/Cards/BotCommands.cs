namespace TeamsBookingsBot.Cards;

/// <summary>The commands the help and welcome cards teach; the chat handler can rank suggestions against them.</summary>
public static class BotCommands
{
    public static BotCommand ShowUninvoiced { get; } =
        new("show uninvoiced bookings", "Lists completed bookings that have no invoice yet.");

    public static BotCommand ShowUninvoicedFiltered { get; } =
        new("show uninvoiced bookings for Contoso last week", "Narrows the list to one customer or period.");

    public static BotCommand InvoiceYesterday { get; } =
        new("invoice yesterday's bookings", "Lets you pick bookings and creates draft invoices in Business Central.");

    public static BotCommand SyncNow { get; } =
        new("sync now", "Fetches the latest appointments from Microsoft Bookings.");

    public static BotCommand SyncStatus { get; } =
        new("sync status", "Shows when bookings were last fetched and what changed.");

    public static BotCommand ExportAudit { get; } = new("export audit log",
        "Sends who invoiced, marked or excluded which bookings, and when, as a CSV table you can open in Excel. " +
        "Add a period, e.g. \"export audit log last month\". Only in a 1:1 chat with me.");

    public static BotCommand Help { get; } = new("help", "Shows this list.");

    public static BotCommand Setup { get; } = new("setup",
        "Connects Bookings businesses to Business Central companies: what syncs, how often, and which templates to use. Admins only.");

    /// <summary>Shown to admins only, after the other groups.</summary>
    public static BotCommandGroup AdminGroup { get; } = new("Admin", [Setup]);

    public static IReadOnlyList<BotCommandGroup> Groups { get; } =
    [
        new("Show", [ShowUninvoiced, ShowUninvoicedFiltered]),
        new("Invoice", [InvoiceYesterday]),
        new("Sync", [SyncNow, SyncStatus]),
        new("Records", [ExportAudit]),
    ];

    public static IReadOnlyList<BotCommand> All { get; } = [.. Groups.SelectMany(g => g.Commands), .. AdminGroup.Commands, Help];
}
