using Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

public sealed class GraphTimeTests
{
    [Theory]
    [InlineData("2018-04-30T13:00:00.0000000Z", "UTC", "2018-04-30T13:00:00Z")]
    [InlineData("2018-05-02T09:00:00.0000000", "Pacific Standard Time", "2018-05-02T16:00:00Z")]
    [InlineData("2018-01-15T09:00:00.0000000", "Pacific Standard Time", "2018-01-15T17:00:00Z")]
    [InlineData("2018-05-02T09:00:00", "America/Chicago", "2018-05-02T14:00:00Z")]
    [InlineData("2018-05-02T09:00:00+02:00", "Pacific Standard Time", "2018-05-02T07:00:00Z")]
    [InlineData("2018-05-02T09:00:00", null, "2018-05-02T09:00:00Z")]
    public void ToUtc_ZonesAndOffsets_GiveUtc(string dateTime, string? zone, string expected)
    {
        DateTimeOffset? utc = GraphTime.ToUtc(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone });

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
    }

    [Fact]
    public void ToUtc_UnknownZone_IsNull()
    {
        Assert.Null(GraphTime.ToUtc(new DateTimeTimeZone { DateTime = "2018-05-02T09:00:00", TimeZone = "Mars Standard Time" }));
    }
}
