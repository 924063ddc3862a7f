using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

/// <summary>
/// Issue 8, point 12: a day phrase means that calendar day in the business's zone (bookings belong to the business's
/// day), whoever types it; the user's zone only says which date today is. The header names exactly that day.
/// </summary>
public sealed class BusinessDayPhraseTests
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneResolver.ResolveFirst("America/Los_Angeles");
    private static readonly TimeZoneInfo Berlin = TimeZoneResolver.ResolveFirst("Europe/Berlin");
    private static readonly TimeZoneInfo Sydney = TimeZoneResolver.ResolveFirst("Australia/Sydney");
    private static readonly TimeZoneInfo Tokyo = TimeZoneResolver.ResolveFirst("Asia/Tokyo");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static DateRange RangeOf(string text, string now, TimeZoneInfo user, TimeZoneInfo business) =>
        Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse(text, Utc(now), user, business)).Range;

    [Theory]
    // A Playground user (UTC) of a Los Angeles salon, Tuesday 09:00 in LA: yesterday is the salon's Monday.
    [InlineData("2026-11-24T17:00:00Z", "Etc/UTC", "2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z", "Yesterday, Mon 23 Nov")]
    // Monday 22:30 in LA is already Tuesday in UTC: the user's today (Tuesday) makes yesterday Monday, in LA's hours.
    [InlineData("2026-11-24T06:30:00Z", "Etc/UTC", "2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z", "Yesterday, Mon 23 Nov")]
    // The same instant for a user in LA: their today is Monday, so yesterday is Sunday.
    [InlineData("2026-11-24T06:30:00Z", "America/Los_Angeles", "2026-11-22T08:00:00Z", "2026-11-23T08:00:00Z", "Yesterday, Sun 22 Nov")]
    // East of UTC: a Tokyo user on Tuesday morning.
    [InlineData("2026-11-23T23:30:00Z", "Asia/Tokyo", "2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z", "Yesterday, Mon 23 Nov")]
    public void Yesterday_IsTheBusinessesDayAndTheHeaderNamesOneDay(string now, string userZone, string from, string to, string title)
    {
        DateRange range = RangeOf("show uninvoiced bookings yesterday", now, TimeZoneResolver.ResolveFirst(userZone), LosAngeles);

        Assert.Equal((Utc(from), Utc(to)), (range.FromUtc, range.ToUtc));
        Assert.Equal(title, CardFormat.RangeTitle(range, LosAngeles));
    }

    [Fact]
    public void Yesterday_OnTheDayBerlinSetsItsClocksBack_IsTwentyFiveHoursOfThatDay()
    {
        // Monday 26 Oct 2026, 11:00 in Tokyo; Berlin went from CEST to CET on Sunday 25 Oct.
        DateRange range = RangeOf("uninvoiced yesterday", "2026-10-26T02:00:00Z", Tokyo, Berlin);

        Assert.Equal(Utc("2026-10-24T22:00:00Z"), range.FromUtc);
        Assert.Equal(Utc("2026-10-25T23:00:00Z"), range.ToUtc);
        Assert.Equal(TimeSpan.FromHours(25), range.ToUtc - range.FromUtc);
        Assert.Equal("Yesterday, Sun 25 Oct", CardFormat.RangeTitle(range, Berlin));
    }

    [Fact]
    public void OnADate_WhenSydneySetsItsClocksForward_IsTwentyThreeHoursOfThatDay()
    {
        // Typed from Los Angeles on 9 Oct; Sydney's clocks jumped 02:00 -> 03:00 on Sunday 4 Oct 2026.
        DateRange range = RangeOf("show uninvoiced bookings on 4 Oct", "2026-10-10T00:00:00Z", LosAngeles, Sydney);

        Assert.Equal(Utc("2026-10-03T14:00:00Z"), range.FromUtc);
        Assert.Equal(Utc("2026-10-04T13:00:00Z"), range.ToUtc);
        Assert.Equal(TimeSpan.FromHours(23), range.ToUtc - range.FromUtc);
        Assert.Equal("Sun 4 Oct", CardFormat.RangePhrase(range, Sydney, Utc("2026-10-10T00:00:00Z"))[3..]);
    }

    [Fact]
    public void LastWeek_ForAUserInUtc_IsTheBusinessesMondayToSunday()
    {
        DateRange range = RangeOf("show uninvoiced bookings last week", "2026-11-24T17:00:00Z", TimeZoneInfo.Utc, LosAngeles);

        Assert.Equal(Utc("2026-11-16T08:00:00Z"), range.FromUtc);
        Assert.Equal(Utc("2026-11-23T08:00:00Z"), range.ToUtc);
        Assert.Equal("Last week, 16 Nov – 22 Nov", CardFormat.RangeTitle(range, LosAngeles));
    }

    [Fact]
    public void OneZoneOverload_StillMeansThatZoneForBoth()
    {
        var command = (ChatCommand.ShowUninvoiced)ChatCommandParser.Parse("yesterday", Utc("2026-11-24T06:30:00Z"), LosAngeles);

        Assert.Equal(Utc("2026-11-22T08:00:00Z"), command.Range.FromUtc);
    }
}
