using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>What <see cref="RoleCheck"/> decided about <paramref name="Action"/> for <paramref name="Person"/> (null: Teams named nobody).</summary>
internal sealed record RoleDecision(bool Allowed, RoleAction Action, RolePerson? Person)
{
    public TenantRole Required => RoleRequirements.Required(Action);
}
