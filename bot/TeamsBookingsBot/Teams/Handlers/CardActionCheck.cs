namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>What <see cref="CardActionGuard"/> decided about a button press.</summary>
internal enum CardActionCheck
{
    Allowed,

    /// <summary>What the card points at was made in another conversation or tenant.</summary>
    NotFromThisChat,

    /// <summary>What the card points at is unknown, gone, or does not match the card: answered like an expired card.</summary>
    OutOfDate,

    /// <summary>The person's role does not allow the button's action (<see cref="CardActionVerdict.Refusal"/> says which).</summary>
    RoleRefused,
}
