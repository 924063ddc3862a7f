using System.Globalization;
using System.Text.Json;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Testing;

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
    [InlineData("2018-05-02T09:00:00.0000000", "Pacific Standard Time", "2018-05-02T16:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "America/Los_Angeles", "2018-05-02T16:00:00Z")]
    [InlineData("2018-01-02T09:00:00.0000000", "Pacific Standard Time", "2018-01-02T17:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "W. Europe Standard Time", "2018-05-02T07:00:00Z")]
    [InlineData("2018-05-01T12:00:00.0000000Z", "UTC", "2018-05-01T12:00:00Z")]
    [InlineData("2018-05-01T12:00:00.0000000Z", "Pacific Standard Time", "2018-05-01T12:00:00Z")]
    [InlineData("2018-05-01T12:00:00+02:00", "Pacific Standard Time", "2018-05-01T10:00:00Z")]
    [InlineData("2018-05-01T12:00:00.0000000", null, "2018-05-01T12:00:00Z")]
    [InlineData("2018-05-01T12:00:00", "UTC", "2018-05-01T12:00:00Z")]
    [InlineData("2026-03-08T02:30:00.0000000", "Pacific Standard Time", "2026-03-08T10:30:00Z")] // in the spring-forward gap
    [InlineData("2026-11-01T01:30:00.0000000", "Pacific Standard Time", "2026-11-01T08:30:00Z")] // twice on fall-back day: first
    public void ToUtc_GraphDateTime_GivesUtcInstant(string dateTime, string? zone, string expected)
    {
        DateTimeOffset utc = GraphDateTimeParser.ToUtc(dateTime, zone);

        Assert.Equal(Utc(expected), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void ToUtc_SevenFractionalDigits_KeepsEveryTick()
    {
        Assert.Equal(Utc("2018-05-01T12:00:00Z").AddTicks(1234567), GraphDateTimeParser.ToUtc("2018-05-01T12:00:00.1234567Z", "UTC"));
    }

    [Theory]
    [InlineData("2018-05-02T09:00:00.0000000", "Nowhere/Land")]
    [InlineData("yesterday", "UTC")]
    [InlineData("", "UTC")]
    [InlineData("2018-13-02T09:00:00", "UTC")]
    public void TryToUtc_BadInput_IsFalse(string dateTime, string zone)
    {
        Assert.False(GraphDateTimeParser.TryToUtc(dateTime, zone, out _));
        Assert.Throws<FormatException>(() => GraphDateTimeParser.ToUtc(dateTime, zone));
    }

    [Fact]
    public void ToUtc_RecordedLocalTimeAppointment_StartsAtSixteenUtc()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SharedPaths.Fixture("graph", "appointments-edgecases.synthetic.json")));
        JsonElement start = doc.RootElement.GetProperty("value").EnumerateArray()
            .Select(a => a.GetProperty("startDateTime"))
            .Single(s => s.GetProperty("timeZone").GetString() == "Pacific Standard Time");

        DateTimeOffset utc = GraphDateTimeParser.ToUtc(start.GetProperty("dateTime").GetString()!, start.GetProperty("timeZone").GetString());

        Assert.Equal(Utc("2018-05-02T16:00:00Z"), utc);
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
