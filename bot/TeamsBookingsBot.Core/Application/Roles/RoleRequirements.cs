namespace TeamsBookingsBot.Application.Roles;

/// <summary>
/// The least role each action needs. Listing, help and sync change nothing in Business Central, so anyone in a
/// conversation with the bot may use them; everything that creates, removes or exports invoicing records needs an
/// invoicer; setup and the people card need an admin. Roles are ordered: an admin may do all an invoicer may.
/// </summary>
public static class RoleRequirements
{
    public static TenantRole Required(RoleAction action) => action switch
    {
        RoleAction.List or RoleAction.Help or RoleAction.SyncNow or RoleAction.SyncStatus => TenantRole.Member,
        RoleAction.Preview or RoleAction.Confirm or RoleAction.InvoiceAll or RoleAction.Mark or RoleAction.Exclude
            or RoleAction.Undo or RoleAction.Export => TenantRole.Invoicer,
        RoleAction.Setup or RoleAction.People => TenantRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Every action needs a requirement."),
    };

    public static bool Allows(this TenantRole role, RoleAction action) => role >= Required(action);
}
