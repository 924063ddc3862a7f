using System.Globalization;
using System.Text.Json;
using Microsoft.Graph.Models;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Graph;

public sealed class GraphTimeTests
{
    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? ToUtc(string dateTime, string? zone) =>
        GraphTime.ToUtc(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone });

    [Theory]
    [InlineData("2018-04-30T13:00:00.0000000Z", "UTC", "2018-04-30T13:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "Pacific Standard Time", "2018-05-02T16:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "America/Los_Angeles", "2018-05-02T16:00:00Z")]
    [InlineData("2018-01-15T09:00:00.0000000", "Pacific Standard Time", "2018-01-15T17:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "W. Europe Standard Time", "2018-05-02T07:00:00Z")]
    [InlineData("2018-05-02T09:00:00", "America/Chicago", "2018-05-02T14:00:00Z")]
    [InlineData("2018-05-01T12:00:00.0000000Z", "Pacific Standard Time", "2018-05-01T12:00:00Z")]
    [InlineData("2018-05-02T09:00:00+02:00", "Pacific Standard Time", "2018-05-02T07:00:00Z")]
    [InlineData("2018-05-02T09:00:00", null, "2018-05-02T09:00:00Z")]
    [InlineData("2018-05-01T12:00:00", "UTC", "2018-05-01T12:00:00Z")]
    [InlineData("2018-05-01T12:00:00", "tzone://Microsoft/Utc", "2018-05-01T12:00:00Z")]
    [InlineData("2026-03-08T02:30:00.0000000", "Pacific Standard Time", "2026-03-08T10:30:00Z")] // in the spring-forward gap
    [InlineData("2026-11-01T01:30:00.0000000", "Pacific Standard Time", "2026-11-01T08:30:00Z")] // twice on fall-back day: first
    public void ToUtc_ZonesAndOffsets_GiveUtc(string dateTime, string? zone, string expected)
    {
        DateTimeOffset? utc = ToUtc(dateTime, zone);

        Assert.Equal(Utc(expected), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
    }

    [Fact]
    public void ToUtc_SevenFractionalDigits_KeepsEveryTick()
    {
        Assert.Equal(Utc("2018-05-01T12:00:00Z").AddTicks(1234567), ToUtc("2018-05-01T12:00:00.1234567Z", "UTC"));
    }

    [Theory]
    [InlineData("2018-05-02T09:00:00", "Mars Standard Time")]
    [InlineData("2018-05-02T09:00:00.0000000", "Nowhere/Land")]
    [InlineData("yesterday", "UTC")]
    [InlineData("", "UTC")]
    [InlineData("2018-13-02T09:00:00", "UTC")]
    [InlineData("Wed, 02 May 2018 09:00:00 GMT", "UTC")]
    public void ToUtc_BadInput_IsNull(string dateTime, string zone)
    {
        Assert.Null(ToUtc(dateTime, zone));
    }

    [Fact]
    public void ToUtc_RecordedLocalTimeAppointment_StartsAtSixteenUtc()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SharedPaths.Fixture("graph", "appointments-edgecases.synthetic.json")));
        JsonElement start = doc.RootElement.GetProperty("value").EnumerateArray()
            .Select(a => a.GetProperty("startDateTime"))
            .Single(s => s.GetProperty("timeZone").GetString() == "Pacific Standard Time");

        DateTimeOffset? utc = ToUtc(start.GetProperty("dateTime").GetString()!, start.GetProperty("timeZone").GetString());

        Assert.Equal(Utc("2018-05-02T16:00:00Z"), utc);
    }
}
