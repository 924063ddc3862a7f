using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

internal static class Admin
{
    /// <summary>The acting admin; the role check lets nobody else reach the people handlers.</summary>
    public static RolePerson Of(TurnContext turn) =>
        RolePerson.From(turn) ?? throw new InvalidOperationException("Only a known admin reaches the people handlers.");
}
