namespace TeamsBookingsBot.Roles;

/// <summary>What became of an action in the roles matrix.</summary>
public enum RoleOutcome
{
    /// <summary>Its handler ran.</summary>
    Ran,

    /// <summary>The refusal card: the person's role does not allow it.</summary>
    RoleRefused,

    /// <summary>The card guard: the card's data belongs to another chat or tenant.</summary>
    NotFromThisChat,
}
