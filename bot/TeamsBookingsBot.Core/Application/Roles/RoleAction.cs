namespace TeamsBookingsBot.Application.Roles;

/// <summary>Everything a person can ask the bot to do, typed or pressed, as far as roles are concerned.</summary>
public enum RoleAction
{
    List,
    Help,
    SyncNow,
    SyncStatus,
    Preview,
    Confirm,
    InvoiceAll,
    Mark,
    Exclude,
    Undo,
    Export,
    Setup,
    People,
}
