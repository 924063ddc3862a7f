using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// Which <see cref="RoleAction"/> a button or a typed command is. A button or command this table does not know needs an
/// admin, so a new action stays closed to members until it is listed here.
/// </summary>
internal static class RoleActions
{
    public static RoleAction Of(CardActionData data) => data switch
    {
        HelpActionData => RoleAction.Help,
        SyncNowActionData => RoleAction.SyncNow,
        SyncStatusActionData => RoleAction.SyncStatus,
        ShowUninvoicedActionData or ShowPageActionData or PickBusinessActionData => RoleAction.List,
        InvoicePreviewActionData => RoleAction.Preview,
        InvoiceCreateActionData => RoleAction.Confirm,
        InvoiceAllActionData => RoleAction.InvoiceAll,
        MarkInvoicedActionData => RoleAction.Mark,
        ExcludeActionData => RoleAction.Exclude,
        UndoInvoiceActionData => RoleAction.Undo,
        PeopleActionData or ChangeRoleActionData => RoleAction.People,
        SetupShowActionData or SetupAddActionData or SetupEditActionData or SetupSaveActionData or SetupTestActionData => RoleAction.Setup,
        _ => RoleAction.Setup,
    };

    public static RoleAction Of(ChatCommand command) => command switch
    {
        ChatCommand.Help or ChatCommand.Unknown => RoleAction.Help,
        ChatCommand.ShowUninvoiced or ChatCommand.InvoiceBookings => RoleAction.List,
        ChatCommand.SyncNow => RoleAction.SyncNow,
        ChatCommand.SyncStatus => RoleAction.SyncStatus,
        ChatCommand.ExportAudit => RoleAction.Export,
        ChatCommand.People or ChatCommand.ChangeRole => RoleAction.People,
        ChatCommand.Setup => RoleAction.Setup,
        _ => RoleAction.Setup,
    };
}
