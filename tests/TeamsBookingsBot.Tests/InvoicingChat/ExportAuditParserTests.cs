using System.Globalization;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.InvoicingChat;

public sealed class ExportAuditParserTests
{
    // Mon 23 Nov 2026 22:30 in Los Angeles (PST).
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T06:30:00Z", CultureInfo.InvariantCulture);

    private static TimeZoneInfo LosAngeles => ((TimeZoneResolution.Resolved)TimeZoneResolver.Resolve("America/Los_Angeles")).Zone;

    [Theory]
    // Without a period: the last 30 local days up to today.
    [InlineData("export audit log", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("Export Audit Log", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("<at>Bookings Bot</at> export the audit log please", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("exprot audti log", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("download audit trail", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("audit log", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("show audit log", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    [InlineData("export audit csv", "2026-10-25T07:00Z", "2026-11-24T08:00Z", "last 30 days")]
    // With the parser's date phrases, in the user's zone.
    [InlineData("export audit log last month", "2026-10-01T07:00Z", "2026-11-01T07:00Z", "last month")]
    [InlineData("export audit log for last month", "2026-10-01T07:00Z", "2026-11-01T07:00Z", "last month")]
    [InlineData("export audit log yesterday", "2026-11-22T08:00Z", "2026-11-23T08:00Z", "yesterday")]
    [InlineData("export audit log this week", "2026-11-23T08:00Z", "2026-11-30T08:00Z", "this week")]
    [InlineData("export audit log from 1 Nov to 15 Nov", "2026-11-01T07:00Z", "2026-11-16T08:00Z", "Sun 1 Nov 2026 – Sun 15 Nov 2026")]
    [InlineData("export audit log in October", "2026-10-01T07:00Z", "2026-11-01T07:00Z", "October 2026")]
    public void Parse_AuditPhrase_IsExportAuditWithTheRange(string text, string fromUtc, string toUtc, string label)
    {
        ChatCommand command = ChatCommandParser.Parse(text, Now, LosAngeles);

        var export = Assert.IsType<ChatCommand.ExportAudit>(command);
        Assert.Equal(Utc(fromUtc), export.Range.FromUtc);
        Assert.Equal(Utc(toUtc), export.Range.ToUtc);
        Assert.Equal(label, export.Range.Label);
    }

    [Theory]
    [InlineData("export")]                              // export what?
    [InlineData("export bookings")]                     // not the audit log: never export by accident
    [InlineData("sync log")]
    [InlineData("export audit log for Contoso")]        // the audit has no customer filter
    [InlineData("invoice audit log")]
    [InlineData("sync audit log")]
    [InlineData("export audit log yesterday last week")]
    [InlineData("export audit log tomorrow")]
    public void Parse_NotQuiteAnAuditExport_IsUnknownRatherThanGuessed(string text)
    {
        Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(text, Now, LosAngeles));
    }

    [Theory]
    [InlineData("show uninvoiced bookings last month", typeof(ChatCommand.ShowUninvoiced))]
    [InlineData("invoice yesterday's bookings", typeof(ChatCommand.InvoiceBookings))]
    [InlineData("when was the last sync?", typeof(ChatCommand.SyncStatus))]
    [InlineData("show uninvoiced bookings for Logan", typeof(ChatCommand.ShowUninvoiced))]
    public void Parse_ExistingCommands_AreUnchangedByTheAuditWords(string text, Type expected)
    {
        Assert.IsType(expected, ChatCommandParser.Parse(text, Now, LosAngeles));
    }

    [Fact]
    public void Suggestions_AuditTypo_SuggestsTheExportFirst()
    {
        var unknown = Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse("audit export pls now", Now, LosAngeles));

        Assert.Equal("export audit log", unknown.Suggestions[0]);
    }

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
