namespace TeamsBookingsBot.Domain;

public enum CompletionRule
{
    /// <summary>Completed once it ended, plus a grace period for late edits (the bot's default).</summary>
    EndedAfterGrace = 0,

    /// <summary>Business Central's rule: completed as soon as it started (start &lt; now, UTC).</summary>
    StartedBeforeNow = 1,
}
