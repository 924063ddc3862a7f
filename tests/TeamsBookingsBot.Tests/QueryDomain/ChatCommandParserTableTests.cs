using System.Globalization;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

public sealed class ChatCommandParserTableTests
{
    // 2026-11-24T06:30Z is Mon 23 Nov 22:30 in Los Angeles (PST, UTC−8; US DST ended on Sun 1 Nov 2026).
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T06:30:00Z", CultureInfo.InvariantCulture);

    private const string DefaultFrom = "2026-10-20T07:00Z"; // 35 local days: 20 Oct (still PDT) ..
    private const string DefaultTo = "2026-11-24T08:00Z";   // .. the end of today, 23 Nov (PST)
    private const string YesterdayFrom = "2026-11-22T08:00Z";
    private const string YesterdayTo = "2026-11-23T08:00Z";
    private const string Nov20From = "2026-11-20T08:00Z";
    private const string Nov20To = "2026-11-21T08:00Z";
    private const string Nov1To15From = "2026-11-01T07:00Z"; // 1 Nov 00:00 is still PDT (the change is at 02:00)
    private const string Nov1To15To = "2026-11-16T08:00Z";

    private static TimeZoneInfo LosAngeles => ((TimeZoneResolution.Resolved)TimeZoneResolver.Resolve("America/Los_Angeles")).Zone;

    [Theory]
    // The plain commands, casing and typos: all mean "the default range".
    [InlineData("show uninvoiced bookings", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("SHOW UNINVOICED BOOKINGS", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("Show Uninvoced Bookings", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("list uninvoiced", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("show unbilled bookings", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("what's not invoiced", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("What’s not invoiced yet?", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("bookings not invoiced", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("which appointments haven't been billed", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("shwo unbiled apointments", "show", DefaultFrom, DefaultTo, null, null, null)]
    [InlineData("<at>Bookings Bot</at> show uninvoiced bookings", "show", DefaultFrom, DefaultTo, null, null, null)]
    // Yesterday in Los Angeles although it is already the 24th in UTC.
    [InlineData("show uninvoiced bookings yesterday", "show", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("yesterday", "show", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("invoice yesterday's bookings", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("invoice yesterdays bookings", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("Invoice Yesterday’s Bookings", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("INVOICE YESTURDAY BOOKINGS", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("create invoices for yesterday", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    [InlineData("bill yesterday's appointments", "invoice", YesterdayFrom, YesterdayTo, null, null, null)]
    // Relative ranges.
    [InlineData("uninvoiced bookings today", "show", "2026-11-23T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("show uninvoiced bookings this week", "show", "2026-11-23T08:00Z", "2026-11-30T08:00Z", null, null, null)]
    [InlineData("uninvoiced last week", "show", "2026-11-16T08:00Z", "2026-11-23T08:00Z", null, null, null)]
    [InlineData("uninvoiced bookings previous week", "show", "2026-11-16T08:00Z", "2026-11-23T08:00Z", null, null, null)]
    [InlineData("show uninvoiced this month", "show", "2026-11-01T07:00Z", "2026-12-01T08:00Z", null, null, null)]
    [InlineData("show uninvoiced last month", "show", "2026-10-01T07:00Z", "2026-11-01T07:00Z", null, null, null)]
    [InlineData("show uninvoiced bookings last 7 days", "show", "2026-11-17T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("uninvoiced bookings in the past 14 days", "show", "2026-11-10T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("show uninvoiced for the last 3 days", "show", "2026-11-21T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("show uninvoiced since Monday", "show", "2026-11-23T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("show uninvoiced since friday", "show", "2026-11-20T08:00Z", "2026-11-24T08:00Z", null, null, null)]
    [InlineData("uninvoiced last Friday", "show", Nov20From, Nov20To, null, null, null)]
    // Dates without a year: the most recent one not in the future.
    [InlineData("show uninvoiced bookings on 20 Nov", "show", Nov20From, Nov20To, null, null, null)]
    [InlineData("uninvoiced bookings 20 November", "show", Nov20From, Nov20To, null, null, null)]
    [InlineData("uninvoiced bookings Nov 20", "show", Nov20From, Nov20To, null, null, null)]
    [InlineData("uninvoiced on the 20th of novmber", "show", Nov20From, Nov20To, null, null, null)]
    [InlineData("show uninvoiced bookings on 2026-11-20", "show", Nov20From, Nov20To, null, null, null)]
    [InlineData("show uninvoiced bookings on 20 Dec", "show", "2025-12-20T08:00Z", "2025-12-21T08:00Z", null, null, null)]
    [InlineData("show uninvoiced bookings in October", "show", "2026-10-01T07:00Z", "2026-11-01T07:00Z", null, null, null)]
    [InlineData("show uninvoiced bookings in December", "show", "2025-12-01T08:00Z", "2026-01-01T08:00Z", null, null, null)]
    // Explicit ranges, end day included.
    [InlineData("show uninvoiced from 1 Nov to 15 Nov", "show", Nov1To15From, Nov1To15To, null, null, null)]
    [InlineData("show uninvoiced between 1 and 15 Nov", "show", Nov1To15From, Nov1To15To, null, null, null)]
    [InlineData("show uninvoiced from 2026-11-01 to 2026-11-15", "show", Nov1To15From, Nov1To15To, null, null, null)]
    [InlineData("uninvoiced bookings 1-15 Nov", "show", Nov1To15From, Nov1To15To, null, null, null)]
    [InlineData("uninvoiced bookings Nov 1 until Nov 15", "show", Nov1To15From, Nov1To15To, null, null, null)]
    [InlineData("show uninvoiced bookings from 20 Dec to 5 Jan", "show", "2025-12-20T08:00Z", "2026-01-06T08:00Z", null, null, null)]
    // A week across the end of US DST: starts at UTC−7, ends at UTC−8.
    [InlineData("show uninvoiced bookings from 26 Oct to 1 Nov", "show", "2026-10-26T07:00Z", "2026-11-02T08:00Z", null, null, null)]
    // Filters, in any order, combined with dates.
    [InlineData("show uninvoiced bookings for Contoso", "show", DefaultFrom, DefaultTo, "Contoso", null, null)]
    [InlineData("show uninvoiced bookings for bob@contoso.com", "show", DefaultFrom, DefaultTo, "bob@contoso.com", null, null)]
    [InlineData("show uninvoiced bookings for service Haircut", "show", DefaultFrom, DefaultTo, null, "Haircut", null)]
    [InlineData("show uninvoiced bookings by staff Anna", "show", DefaultFrom, DefaultTo, null, null, "Anna")]
    [InlineData("uninvoiced bookings staff Anna", "show", DefaultFrom, DefaultTo, null, null, "Anna")]
    [InlineData("uninvoiced bookings with staff member Anna", "show", DefaultFrom, DefaultTo, null, null, "Anna")]
    [InlineData("uninvoiced bookings staff Anna yesterday for Contoso", "show", YesterdayFrom, YesterdayTo, "Contoso", null, "Anna")]
    [InlineData("for service Haircut show uninvoiced last week by staff Anna Smith", "show", "2026-11-16T08:00Z", "2026-11-23T08:00Z", null, "Haircut", "Anna Smith")]
    [InlineData("show uninvoiced bookings for \"Salon Today\"", "show", DefaultFrom, DefaultTo, "Salon Today", null, null)]
    [InlineData("show uninvoiced bookings for Bill", "show", DefaultFrom, DefaultTo, "Bill", null, null)]
    [InlineData("invoice last week's bookings for Contoso Ltd", "invoice", "2026-11-16T08:00Z", "2026-11-23T08:00Z", "Contoso Ltd", null, null)]
    [InlineData("invoice bob@contoso.com yesterday", "unknown", null, null, null, null, null)]
    // Sync and help.
    [InlineData("sync now", "syncnow", null, null, null, null, null)]
    [InlineData("SYNC", "syncnow", null, null, null, null, null)]
    [InlineData("refresh bookings", "syncnow", null, null, null, null, null)]
    [InlineData("sync status", "syncstatus", null, null, null, null, null)]
    [InlineData("when was the last sync?", "syncstatus", null, null, null, null, null)]
    [InlineData("help", "help", null, null, null, null, null)]
    [InlineData("Help!", "help", null, null, null, null, null)]
    [InlineData("what can you do?", "help", null, null, null, null, null)]
    [InlineData("?", "help", null, null, null, null, null)]
    // Setup.
    [InlineData("setup", "setup", null, null, null, null, null)]
    [InlineData("set up", "setup", null, null, null, null, null)]
    [InlineData("Settings", "setup", null, null, null, null, null)]
    [InlineData("booking sync setup", "setup", null, null, null, null, null)]
    [InlineData("setup yesterday", "unknown", null, null, null, null, null)]
    [InlineData("setup for contoso", "unknown", null, null, null, null, null)]
    [InlineData("invoice setup", "unknown", null, null, null, null, null)]
    // Not understood: never guessed into a wider list.
    [InlineData("make me a sandwich", "unknown", null, null, null, null, null)]
    [InlineData("show invoiced bookings", "unknown", null, null, null, null, null)]
    [InlineData("show uninvoiced bookings tomorrow", "unknown", null, null, null, null, null)]
    [InlineData("show uninvoiced on 31 Nov", "unknown", null, null, null, null, null)]
    [InlineData("show uninvoiced yesterday last week", "unknown", null, null, null, null, null)]
    [InlineData("", "unknown", null, null, null, null, null)]
    public void Parse_Phrase_GivesCommandRangeAndFilter(
        string text, string kind, string? fromUtc, string? toUtc, string? customer, string? service, string? staff)
    {
        ChatCommand command = ChatCommandParser.Parse(text, Now, LosAngeles);

        Assert.Equal(kind, KindOf(command));
        (DateRange? range, BookingFilter? filter) = command switch
        {
            ChatCommand.ShowUninvoiced show => (show.Range, show.Filter),
            ChatCommand.InvoiceBookings invoice => (invoice.Range, invoice.Filter),
            _ => ((DateRange?)null, (BookingFilter?)null),
        };
        if (fromUtc is not null)
        {
            Assert.Equal(Utc(fromUtc), range!.FromUtc);
            Assert.Equal(Utc(toUtc!), range.ToUtc);
            Assert.Equal(customer, filter!.Customer);
            Assert.Equal(service, filter.Service);
            Assert.Equal(staff, filter.Staff);
        }
    }

    private static string KindOf(ChatCommand command) => command switch
    {
        ChatCommand.ShowUninvoiced => "show",
        ChatCommand.InvoiceBookings => "invoice",
        ChatCommand.SyncNow => "syncnow",
        ChatCommand.SyncStatus => "syncstatus",
        ChatCommand.Help => "help",
        ChatCommand.Setup => "setup",
        ChatCommand.Unknown => "unknown",
        _ => command.GetType().Name,
    };

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
