using TeamsBookingsBot.Teams.Roles;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary><see cref="CardActionGuard"/>'s answer; <paramref name="Refusal"/> is set when the role check said no.</summary>
internal sealed record CardActionVerdict(CardActionCheck Check, RoleDecision? Refusal)
{
    public static CardActionVerdict Allowed { get; } = new(CardActionCheck.Allowed, null);
}
