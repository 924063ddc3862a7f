using System.Globalization;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

public sealed class TimeZoneTests
{
    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("UTC", "Etc/UTC")]
    [InlineData("tzone://Microsoft/Utc", "Etc/UTC")]
    [InlineData("  America/Chicago ", "America/Chicago")]
    public void Resolve_WindowsOrIanaId_GivesIanaZone(string id, string iana)
    {
        var resolved = Assert.IsType<TimeZoneResolution.Resolved>(TimeZoneResolver.Resolve(id));

        Assert.Equal(iana, resolved.IanaId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../etc/passwd")]
    [InlineData("Pacific Standard Time\0")]
    [InlineData("🎉")]
    public void Resolve_UnknownId_IsAValueNotAnException(string? id)
    {
        Assert.IsType<TimeZoneResolution.Unknown>(TimeZoneResolver.Resolve(id));
    }

    [Fact]
    public void ResolveFirst_UnknownTeamsZone_FallsBackToBusinessZoneThenUtc()
    {
        Assert.Equal("Europe/Berlin", TimeZoneResolver.IanaIdOf(TimeZoneResolver.ResolveFirst("Nowhere/Land", "W. Europe Standard Time")));
        Assert.Equal(TimeZoneInfo.Utc, TimeZoneResolver.ResolveFirst(null, "bogus"));
    }

    [Theory]
    [InlineData("Pacific Standard Time", "2026-11-24T17:30:00Z", "Tue 24 Nov, 09:30 (Pacific Time)", "PST")]
    [InlineData("America/Los_Angeles", "2026-07-14T17:30:00Z", "Tue 14 Jul, 10:30 (Pacific Time)", "PDT")]
    [InlineData("W. Europe Standard Time", "2026-11-24T08:00:00Z", "Tue 24 Nov, 09:00 (Central European Time)", "CET")]
    [InlineData("Europe/London", "2026-07-01T08:00:00Z", "Wed 1 Jul, 09:00 (UK Time)", "BST")]
    [InlineData("UTC", "2026-11-24T08:00:00Z", "Tue 24 Nov, 08:00 (UTC)", "UTC")]
    [InlineData("Asia/Kathmandu", "2026-11-24T08:00:00Z", "Tue 24 Nov, 13:45 (UTC+05:45)", "UTC+05:45")]
    [InlineData("America/Caracas", "2026-11-24T08:00:00Z", "Tue 24 Nov, 04:00 (UTC\u221204:00)", "UTC\u221204:00")]
    public void Labels_CommonAndUncommonZones_ReadNaturally(string zoneId, string instant, string card, string shortLabel)
    {
        TimeZoneInfo zone = TimeZoneResolver.ResolveFirst(zoneId);

        Assert.Equal(card, TimeZoneLabel.ForCard(Utc(instant), zone));
        Assert.Equal(shortLabel, TimeZoneLabel.Short(zone, Utc(instant)));
    }
}
