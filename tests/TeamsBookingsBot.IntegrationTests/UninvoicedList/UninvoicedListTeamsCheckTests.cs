using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Testing;
using RenderedCard = TeamsBookingsBot.Cards.AdaptiveCards.RenderedCard;
using Xunit.Abstractions;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>Every list and sync card passes Microsoft's schema, parser and Teams rules, and stays under 28 KB.</summary>
public sealed class UninvoicedListTeamsCheckTests(ITestOutputHelper output)
{
    private static readonly Guid RunId = Guid.Parse("0b8f3f5e-8c1a-4d8e-b3a4-5f0e2c9d7a61");
    private static readonly BookingsBusiness Euro = new("eu@contoso.com", "Contoso Berlin", "Europe/Berlin", "EUR");

    private static UninvoicedBookingsCardModel Model(UninvoicedBookingsResult result, bool ready = false, BookingFilter? filter = null) =>
        new(Contoso, result, Yesterday, filter ?? BookingFilter.None, Now, LastSync, RunId, ready);

    private static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        yield return ("normal page", UninvoicedBookingsCard.Build(Model(Run([.. Enumerable.Range(0, 25).Select(i => Booking($"AAMkADKnAAA{i:D4}=", $"Customer {i % 6}", minutesAfter: i))]))));
        yield return ("middle page, ready to invoice, filtered", UninvoicedBookingsCard.Build(Model(
            Run([.. Enumerable.Range(0, 60).Select(i => Booking($"b{i:D2}", minutesAfter: i))], pageIndex: 1),
            ready: true,
            filter: new BookingFilter("**bob** <at>x</at>", "Haircut", "Anna"))));
        yield return ("every warning", UninvoicedBookingsCard.Build(Model(Run(
            [
                Booking("v1", priceType: BookingPriceType.PriceVaries),
                Booking("n1", priceType: BookingPriceType.CallUs, minutesAfter: 10),
                Booking("x1", customers: [], minutesAfter: 20),
                Booking("c1", cancelled: true, minutesAfter: 30),
                Booking("p1", customers: [new BookingCustomer("c-a", "Ann", null, null), new BookingCustomer("c-b", "Ben", null, null)], minutesAfter: 40),
                Booking("o1", businessId: "unknown@contoso.com", minutesAfter: 50),
            ],
            ledger: new LedgerState(new HashSet<InvoiceLedgerKey> { new(Contoso.Id, "p1", "c-a") }),
            includeCancelled: true))));
        yield return ("group booking", UninvoicedBookingsCard.Build(Model(Run([Booking("g1", customers:
            [
                new BookingCustomer("c-ann", "Ann [link](https://evil.example)", "ann@example.com", null),
                new BookingCustomer("c-ben", "Ben", "ben@example.com", null),
                new BookingCustomer(null, "Walk-in", null, null),
            ])]))));
        yield return ("two currencies", UninvoicedBookingsCard.Build(Model(Run(
            [Booking("u1"), Booking("e1", businessId: Euro.Id, minutesAfter: 10)], directory: new BookingsDirectory([Contoso, Euro])))));
        yield return ("empty", UninvoicedBookingsCard.Build(Model(Run([]))));
        Booking[] done = [Booking("d1"), Booking("d2", minutesAfter: 30)];
        LedgerState allDone = new(done.SelectMany(InvoiceLedgerKey.AllFor).ToHashSet());
        yield return ("empty, everything invoiced", UninvoicedBookingsCard.Build(Model(Run(done, ledger: allDone))));
        yield return ("empty, only free left", UninvoicedBookingsCard.Build(Model(Run([.. done, Booking("f1", priceType: BookingPriceType.Free)], ledger: allDone))));
        yield return ("free shown, unusual, negative, backwards", UninvoicedBookingsCard.Build(Model(
            new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(
                [
                    Booking("f1", priceType: BookingPriceType.Free), Booking("z1", price: 0m, minutesAfter: 10),
                    Booking("u1", price: 250_000m, minutesAfter: 20), Booking("n1", price: -40m, minutesAfter: 30),
                    Booking("b1", minutesAfter: 40) with { EndUtc = MondayAt930(25) },
                    Booking("w1", customers: [new BookingCustomer(null, "Walk-in", null, null)], minutesAfter: 50),
                ],
                LedgerState.Empty, new BookingsDirectory([Contoso]),
                new UninvoicedBookingsCriteria { Range = Yesterday, IncludeFree = true }, Now)) with { IncludeFree = true }));
        yield return ("not ready: fetching the first time", BookingsNotReadyCard.Build(new UninvoicedBookingsListing.NotSyncedYet(Contoso, true, null)));
        yield return ("not ready: first sync failed while waiting", BookingsNotReadyCard.Build(
            new UninvoicedBookingsListing.FirstSyncFailed(Contoso, "Microsoft Graph refused access to salon@contoso.com.")));
        yield return ("not ready: taking long", BookingsNotReadyCard.TakingLong(new UninvoicedBookingsListing.NotSyncedYet(Contoso, false, null)));
        yield return ("long names and ids, fitted", UninvoicedBookingsCard.Build(UninvoicedBookingsCard.Fit(Model(LongPage())).Model));
        yield return ("not ready: no business", BookingsNotReadyCard.Build(new UninvoicedBookingsListing.NoBusinessConfigured()));
        yield return ("not ready: unknown business", BookingsNotReadyCard.Build(new UninvoicedBookingsListing.UnknownBusiness("gone@contoso.com")));
        yield return ("not ready: first sync failed", BookingsNotReadyCard.Build(
            new UninvoicedBookingsListing.NotSyncedYet(Contoso, true, "Microsoft Graph refused access to salon@contoso.com.")));
        yield return ("sync status", SyncStatusCard.Build(new SyncStatusCardModel(
            [
                new BusinessSyncState(Contoso, InMemoryBookingSync.Succeeded(Contoso.Id, LastSync), InMemoryBookingSync.Succeeded(Contoso.Id, LastSync)),
                new BusinessSyncState(Euro, InMemoryBookingSync.Failed(Euro.Id, Now.AddMinutes(-3), "Microsoft Graph refused access to eu@contoso.com. An admin must grant the Bookings permission."),
                    InMemoryBookingSync.Succeeded(Euro.Id, Now.AddDays(-1))),
                new BusinessSyncState(Contoso with { Id = "new@contoso.com", DisplayName = "New shop" }, InMemoryBookingSync.Running("new@contoso.com", Now.AddSeconds(-30)), null),
                new BusinessSyncState(Contoso with { Id = "never@contoso.com", DisplayName = "Never synced" }, null, null),
            ],
            Now)));
        yield return ("sync status, no business", SyncStatusCard.Build(new SyncStatusCardModel([], Now)));
        yield return ("business picker", BusinessPickerCard.Build(
            [Contoso, Euro, new BookingsBusiness("x@contoso.com", "**Salon** <at>x</at> [link](https://evil.example)", "UTC", "USD")],
            new Cards.Actions.BookingListQuery(Contoso.Id, Yesterday.FromUtc, Yesterday.ToUtc, Yesterday.Label), readyToInvoice: true));
    }

    [Fact]
    public async Task TeamsCheck_EveryListAndSyncCard_HasNoErrorsOrWarningsAndFits28KB()
    {
        (string Name, AdaptiveCard Card)[] cards = [.. AllCards()];
        foreach ((string name, AdaptiveCard card) in cards)
        {
            output.WriteLine($"{name}: {card.SizeInBytes} bytes");
            Assert.True(card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{name}: {card.SizeInBytes} bytes");
        }

        IReadOnlyList<CardCheckResult> results = await TeamsCheck.CheckCardsAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        Assert.Equal(cards.Select(c => c.Name), results.Select(r => r.Name));
        string[] failures = [.. results.Where(r => r.Findings.Count > 0).Select(r => r.Describe())];
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void FitPage_LongNamesAndIds_ShrinksThePageToFit()
    {
        (UninvoicedBookingsCardModel model, RenderedCard card) = UninvoicedBookingsCard.Fit(Model(LongPage()));
        int bytes = card.SizeInBytes;
        output.WriteLine($"long names: {model.Result.PageSize} bookings a page, {bytes} bytes");

        Assert.InRange(model.Result.PageSize, 5, 24);
        Assert.True(bytes <= AdaptiveCard.MaxSizeInBytes);
    }

    private static UninvoicedBookingsResult LongPage()
    {
        Booking[] bookings = [.. Enumerable.Range(0, 60).Select(i => Booking(
            "AAMkAGI2TG93AAA" + new string((char)('a' + (i % 26)), 130) + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "=",
            new string('C', 195) + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            new string('e', 180) + "@example.com",
            new string('S', 200),
            minutesAfter: i))];
        return Run(bookings);
    }
}
