using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>
/// Whoever completes a tenant's first setup becomes its admin, unless the tenant has one (named in Bot:Admins, or an
/// earlier claim): the store's claim is one atomic statement, so two people saving at once cannot both win. Audited.
/// </summary>
internal sealed class SetupFirstAdmin(ITenantRoleStore roles, IAuditLog audit, TimeProvider time)
{
    public async Task<bool> OnSetupSavedAsync(string tenantId, InvoicingActor actor, CancellationToken ct)
    {
        if (!await roles.TryClaimFirstAdminAsync(tenantId, actor.AadObjectId, actor.DisplayName, ct))
        {
            return false;
        }
        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), actor.AadObjectId, "role.grant",
            actor.ConversationId, null, "became admin: completed the first setup", actor.DisplayName), ct);
        return true;
    }
}
