namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Action.Execute verbs; each has exactly one <see cref="CardActionData"/> record.</summary>
public static class CardVerbs
{
    public const string Help = "help";
    public const string ShowUninvoiced = "show.uninvoiced";
    public const string SyncNow = "sync.now";
    public const string SyncStatus = "sync.status";
    public const string InvoicePreview = "invoice.preview";
    public const string InvoiceCreate = "invoice.create";
    public const string ShowPage = "show.page";
    public const string InvoiceAll = "invoice.all";
    public const string MarkInvoiced = "bookings.markInvoiced";
    public const string Exclude = "bookings.exclude";
    public const string InvoiceUndo = "invoice.undo";
    public const string PickBusiness = "business.pick";

    public static IReadOnlyList<string> All { get; } = [Help, ShowUninvoiced, SyncNow, SyncStatus, InvoicePreview, InvoiceCreate, ShowPage, InvoiceAll, MarkInvoiced, Exclude, InvoiceUndo, PickBusiness];
}
