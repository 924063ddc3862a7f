using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// An admin changes someone's role (people card or @mention): the store decides (never the last admin, never a configured
/// one), every change is audited, and the answer is one sentence for the card, with the person's name as typed.
/// </summary>
internal sealed class RoleChanges(ITenantRoleStore store, IAuditLog audit, TimeProvider time, ILogger<RoleChanges> logger)
{
    public async Task<string> ChangeAsync(RolePerson admin, string aadObjectId, string name, TenantRole role, CancellationToken ct)
    {
        TenantRoleChangeOutcome outcome = await store.ChangeRoleAsync(
            new TenantRoleChange(admin.TenantId, aadObjectId, name, role, admin.AadObjectId), ct);
        TeamsLog.RoleChanged(logger, outcome);
        if (outcome == TenantRoleChangeOutcome.Changed)
        {
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), admin.AadObjectId, "role.changed", admin.TenantId, admin.ConversationId, null,
                $"{aadObjectId} ({name}) is now {RoleName(role)}", admin.DisplayName), ct);
        }
        return outcome switch
        {
            TenantRoleChangeOutcome.Changed when role == TenantRole.Member => $"{name} no longer has a role: they may list bookings, not invoice.",
            TenantRoleChangeOutcome.Changed => $"{name} is now {RoleName(role)}.",
            TenantRoleChangeOutcome.Unchanged => $"{name} is already {RoleName(role)}.",
            TenantRoleChangeOutcome.LastAdmin => $"{name} is the last admin: make someone else admin first.",
            _ => $"{name} is an admin named in the bot's configuration (Bot:Admins): change it there.",
        };
    }

    public static string RoleName(TenantRole role) => role switch
    {
        TenantRole.Admin => "an admin",
        TenantRole.Invoicer => "an invoicer",
        _ => "a member",
    };
}
