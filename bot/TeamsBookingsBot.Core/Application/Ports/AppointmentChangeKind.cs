namespace TeamsBookingsBot.Application.Ports;

/// <summary>What happened to an appointment the bot had already stored.</summary>
public enum AppointmentChangeKind
{
    /// <summary>Graph reported a new lastUpdatedDateTime.</summary>
    Updated,

    /// <summary>It vanished from Graph before it ended (Graph has no cancelled flag).</summary>
    Cancelled,

    /// <summary>It was marked cancelled, then Graph returned it again.</summary>
    Restored,
}
