using System.Globalization;
using System.Text;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

public sealed class ChatCommandParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T06:30:00Z", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string id) => ((TimeZoneResolution.Resolved)TimeZoneResolver.Resolve(id)).Zone;

    [Fact]
    public void Parse_YesterdayInUtcZone_IsTheUtcCalendarDay()
    {
        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse("show uninvoiced yesterday", Now, TimeZoneInfo.Utc));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), show.Range.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), show.Range.ToUtc);
        Assert.Equal("yesterday", show.Range.Label);
    }

    [Fact]
    public void Parse_LastWeekAcrossUsDstEnd_Is169Hours()
    {
        DateTimeOffset wednesday = DateTimeOffset.Parse("2026-11-04T18:00:00Z", CultureInfo.InvariantCulture);

        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(
            ChatCommandParser.Parse("show uninvoiced last week", wednesday, Zone("Pacific Standard Time")));

        Assert.Equal(DateTimeOffset.Parse("2026-10-26T07:00:00Z", CultureInfo.InvariantCulture), show.Range.FromUtc);
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T08:00:00Z", CultureInfo.InvariantCulture), show.Range.ToUtc);
        Assert.Equal(TimeSpan.FromHours(169), show.Range.ToUtc - show.Range.FromUtc);
    }

    [Fact]
    public void Parse_ThisWeekAcrossEuropeanDstEnd_StartsMondayLocalMidnight()
    {
        // Europe turns clocks back on Sun 25 Oct 2026.
        DateTimeOffset sunday = DateTimeOffset.Parse("2026-10-25T12:00:00Z", CultureInfo.InvariantCulture);

        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(
            ChatCommandParser.Parse("uninvoiced this week", sunday, Zone("W. Europe Standard Time")));

        Assert.Equal(DateTimeOffset.Parse("2026-10-18T22:00:00Z", CultureInfo.InvariantCulture), show.Range.FromUtc);
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T23:00:00Z", CultureInfo.InvariantCulture), show.Range.ToUtc);
    }

    [Fact]
    public void Parse_DecemberDateTypedInJanuary_MeansLastYear()
    {
        DateTimeOffset january = DateTimeOffset.Parse("2027-01-05T12:00:00Z", CultureInfo.InvariantCulture);

        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse("uninvoiced on 20 Dec", january, TimeZoneInfo.Utc));

        Assert.Equal(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), show.Range.FromUtc);
    }

    [Fact]
    public void Parse_TodaysDateWithoutYear_IsThisYear()
    {
        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse("uninvoiced on 23 Nov", Now, Zone("America/Los_Angeles")));

        Assert.Equal(DateTimeOffset.Parse("2026-11-23T08:00:00Z", CultureInfo.InvariantCulture), show.Range.FromUtc);
    }

    [Fact]
    public void Parse_NoDatePhrase_DefaultsToTheSyncWindow()
    {
        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse("uninvoiced", Now, TimeZoneInfo.Utc));

        Assert.Equal(new DateTimeOffset(2026, 10, 21, 0, 0, 0, TimeSpan.Zero), show.Range.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), show.Range.ToUtc);
        Assert.Equal($"last {ChatCommandParser.DefaultRangeDays} days", show.Range.Label);
    }

    [Fact]
    public void Parse_CustomerNameFollowedByFillerWord_KeepsOnlyTheName()
    {
        var show = Assert.IsType<ChatCommand.ShowUninvoiced>(ChatCommandParser.Parse("uninvoiced for Todd please", Now, TimeZoneInfo.Utc));

        Assert.Equal("Todd", show.Filter.Customer);
    }

    [Theory]
    [InlineData("sink stat", "sync status")]
    [InlineData("invoicing stuff pls", "invoice yesterday's bookings")]
    [InlineData("show me unpaid stuff", "show uninvoiced bookings")]
    public void Parse_Gibberish_SuggestsTheClosestCommandsFirst(string text, string best)
    {
        var unknown = Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(text, Now, TimeZoneInfo.Utc));

        Assert.Equal(3, unknown.Suggestions.Count);
        Assert.Equal(best, unknown.Suggestions[0]);
        Assert.Equal(text, unknown.Text);
        Assert.All(unknown.Suggestions, s => Assert.IsNotType<ChatCommand.Unknown>(ChatCommandParser.Parse(s, Now, TimeZoneInfo.Utc)));
    }

    [Theory]
    [InlineData("snyc stauts", typeof(ChatCommand.SyncStatus))]
    [InlineData("invoise yestreday", typeof(ChatCommand.InvoiceBookings))]
    public void Parse_TwoTyposInShortWords_StillUnderstood(string text, Type expected)
    {
        Assert.IsType(expected, ChatCommandParser.Parse(text, Now, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Parse_VeryLongText_IsUnknownWithShortenedEcho()
    {
        string text = string.Concat(Enumerable.Repeat("show uninvoiced bookings 🎉 ", 5000));

        var unknown = Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(text, Now, TimeZoneInfo.Utc));

        Assert.True(unknown.Text.Length <= 300);
        Assert.False(char.IsHighSurrogate(unknown.Text[^1]));
        Assert.Equal(3, unknown.Suggestions.Count);
    }

    [Fact]
    public void Parse_RandomInput_NeverThrowsAndAlwaysAnswers()
    {
        Random random = new(20261124);
        string[] pieces =
        [
            "show", "uninvoiced", "invoice", "for", "by", "staff", "service", "from", "to", "between", "and", "since",
            "last", "this", "week", "month", "days", "on", "20", "31", "2026-02-30", "9999-99-99", "1-15", "Nov", "feb",
            "29", "2100", "1899", "99999999999999999999", "-", "–", "\"", "'s", "’", "@", "a@b", "<at>", "</at>", "<",
            "🎉", "\uD83D", "\uDE00", "\u0000", "\t", "\n", "Ünïcödé", "yesterday", "today", "?", "!", ".", "&nbsp;",
            "sync", "status", "help", "not", "of", "the", "3660", "3661", "0", "monday", "last friday",
        ];
        TimeZoneInfo[] zones = [TimeZoneInfo.Utc, Zone("America/Los_Angeles"), Zone("Pacific/Kiritimati"), Zone("America/Santiago")];

        for (int run = 0; run < 3000; run++)
        {
            StringBuilder text = new();
            int count = random.Next(0, 12);
            for (int i = 0; i < count; i++)
            {
                text.Append(random.Next(4) == 0 ? RandomChars(random) : pieces[random.Next(pieces.Length)]);
                text.Append(random.Next(5) == 0 ? "" : " ");
            }
            DateTimeOffset now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60_000_000));

            ChatCommand command = ChatCommandParser.Parse(text.ToString(), now, zones[run % zones.Length]);

            Assert.NotNull(command);
            if (command is ChatCommand.ShowUninvoiced show)
            {
                Assert.True(show.Range.FromUtc <= show.Range.ToUtc);
            }
        }
    }

    [Fact]
    public void Parse_NullText_IsUnknown()
    {
        Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(null, Now, TimeZoneInfo.Utc));
    }

    private static string RandomChars(Random random)
    {
        char[] chars = new char[random.Next(1, 20)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }
        return new string(chars);
    }
}
