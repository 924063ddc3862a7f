using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// Who acts, for roles: the tenant and Entra object id of the authenticated activity, never card data. A turn without
/// either names nobody a role could belong to (<see cref="From"/> returns null) and is treated as a member's.
/// </summary>
internal sealed record RolePerson(string TenantId, string AadObjectId, string? DisplayName, string ConversationId)
{
    public static RolePerson? From(TurnContext turn) =>
        string.IsNullOrWhiteSpace(turn.TenantId) || string.IsNullOrWhiteSpace(turn.UserAadObjectId)
            ? null
            : new RolePerson(turn.TenantId, turn.UserAadObjectId, turn.Activity.From?.Name, turn.ConversationId);
}
