using System.Text.Json.Nodes;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Handlers;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class SyncStatusCardTests
{
    [Fact]
    public void Build_Succeeded_ShowsTimeInTheBusinessZoneDurationAndCounts()
    {
        JsonObject card = CardJson.Of(SyncStatusCard.Build(new SyncStatusCardModel(
            [new BusinessSyncState(Contoso, InMemoryBookingSync.Succeeded(Contoso.Id, LastSync), InMemoryBookingSync.Succeeded(Contoso.Id, LastSync))], Now)));

        string text = CardJson.VisibleText(card);
        Assert.Contains("✅ Last sync 08:15 (Pacific Time)", text, StringComparison.Ordinal);
        Assert.Contains("Took: 4 s", text, StringComparison.Ordinal);
        Assert.Contains("Appointments read: 120", text, StringComparison.Ordinal);
        Assert.Contains("New / changed / cancelled: 3 / 2 / 1", text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.SyncNow, CardVerbs.ShowUninvoiced], CardJson.TopLevelActions(card).Select(a => (string?)a["verb"]));
    }

    [Fact]
    public void Build_Failed_ShowsTheErrorWhatToDoAndTheLastGoodSync()
    {
        BusinessSyncState failed = new(
            Contoso, InMemoryBookingSync.Failed(Contoso.Id, Now.AddMinutes(-2), "Microsoft Graph refused access."), InMemoryBookingSync.Succeeded(Contoso.Id, Now.AddDays(-1)));

        string text = CardJson.VisibleText(CardJson.Of(SyncStatusCard.Build(new SyncStatusCardModel([failed], Now))));

        Assert.Contains("⚠ The last sync failed (08:58 (Pacific Time))", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft Graph refused access.", text, StringComparison.Ordinal);
        Assert.Contains("What to do: type **sync now** to try again.", text, StringComparison.Ordinal);
        Assert.Contains("Last successful sync: Mon 23 Nov, 09:00 (Pacific Time).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Running_SaysSinceWhen()
    {
        string text = CardJson.VisibleText(CardJson.Of(SyncStatusCard.Build(new SyncStatusCardModel(
            [new BusinessSyncState(Contoso, InMemoryBookingSync.Running(Contoso.Id, Now.AddSeconds(-30)), null)], Now))));

        Assert.Contains("Syncing now: started 08:59 (Pacific Time), 30 s ago.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BookingRange.Today, "2026-11-24T08:00:00Z", "2026-11-25T08:00:00Z", "today")]
    [InlineData(BookingRange.Yesterday, "2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z", "yesterday")]
    [InlineData(BookingRange.ThisWeek, "2026-11-23T08:00:00Z", "2026-11-30T08:00:00Z", "this week")]
    [InlineData(BookingRange.LastWeek, "2026-11-16T08:00:00Z", "2026-11-23T08:00:00Z", "last week")]
    public void BookingRangeResolver_ButtonRange_MeansTheSameDaysAsTypedWords(BookingRange range, string from, string to, string label)
    {
        TimeZoneInfo pacific = TimeZoneResolver.ResolveFirst("America/Los_Angeles");

        DateRange resolved = BookingRangeResolver.Resolve(range, Now, pacific);

        Assert.Equal(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), resolved.FromUtc);
        Assert.Equal(DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture), resolved.ToUtc);
        Assert.Equal(label, resolved.Label);
    }
}
