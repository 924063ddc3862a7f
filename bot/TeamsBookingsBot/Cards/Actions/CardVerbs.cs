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
    public const string SetupShow = "setup.show";
    public const string SetupAdd = "setup.add";
    public const string SetupEdit = "setup.edit";
    public const string SetupSave = "setup.save";
    public const string SetupTest = "setup.test";
    public const string People = "people.show";
    public const string ChangeRole = "people.change";
    public const string PickBusiness = "business.pick";

    public static IReadOnlyList<string> All { get; } = [Help, ShowUninvoiced, SyncNow, SyncStatus, InvoicePreview, InvoiceCreate, ShowPage, InvoiceAll, MarkInvoiced, Exclude, InvoiceUndo,
        SetupShow, SetupAdd, SetupEdit, SetupSave, SetupTest, People, ChangeRole, PickBusiness];
}
