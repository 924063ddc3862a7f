namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>The zone cards and dates fall back to when Teams does not send the user's (<c>localTimezone</c>).</summary>
public sealed record BusinessTimeZone(TimeZoneInfo Zone);
