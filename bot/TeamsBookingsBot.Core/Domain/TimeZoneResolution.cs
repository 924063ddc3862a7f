namespace TeamsBookingsBot.Domain;

/// <summary>The outcome of resolving a zone id from Graph, Teams or configuration.</summary>
public abstract record TimeZoneResolution
{
    private TimeZoneResolution()
    {
    }

    /// <summary><paramref name="IanaId"/> is the canonical IANA name, even when a Windows id was given.</summary>
    public sealed record Resolved(TimeZoneInfo Zone, string IanaId) : TimeZoneResolution;

    public sealed record Unknown(string RequestedId) : TimeZoneResolution;
}
