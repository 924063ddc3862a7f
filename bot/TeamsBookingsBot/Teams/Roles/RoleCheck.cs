using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// The one role check: <see cref="Handlers.CardActionGuard"/> asks it for every button press and the typed-command
/// dispatch for every command, before any handler runs. The person is the authenticated activity's, never the card's.
/// Setup is also open to anyone while saving it would make them the tenant's first admin (<see cref="FirstAdminPolicy"/>).
/// An action anyone may take reads no role (only the first-admin rules run).
/// </summary>
internal sealed class RoleCheck(FirstAdminPolicy policy, ILogger<RoleCheck> logger)
{
    public async Task<RoleDecision> CheckAsync(TurnContext turn, RoleAction action, CancellationToken ct)
    {
        RolePerson? person = RolePerson.From(turn);
        if (RoleRequirements.Required(action) == TenantRole.Member)
        {
            await policy.OnUseAsync(person, ct);
            return new RoleDecision(true, action, person);
        }
        TenantRole required = RoleRequirements.Required(action);
        TenantRole role = await policy.RoleOfAsync(person, ct);
        bool allowed = role.Allows(action)
            || (action == RoleAction.Setup && person is not null && await policy.SetupClaimsFirstAdminAsync(person.TenantId, ct));
        if (!allowed)
        {
            TeamsLog.RoleRefused(logger, action, role, required);
        }
        return new RoleDecision(allowed, action, person);
    }
}
