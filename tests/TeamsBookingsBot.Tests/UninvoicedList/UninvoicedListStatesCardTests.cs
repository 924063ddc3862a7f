using System.Text.Json.Nodes;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>Issue 8, points 7, 13 and 15 on the list card: empty periods, free bookings and "Invoice all".</summary>
public sealed class UninvoicedListStatesCardTests
{
    private static readonly Guid RunId = Guid.Parse("5a0d7c1e-3b8f-4c2d-9e61-7f4b2a8c0d13");

    private static JsonObject Card(UninvoicedBookingsResult result, bool includeFree = false) =>
        CardJson.Of(UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(
            Contoso, result, Yesterday, BookingFilter.None, Now, LastSync, RunId, IncludeFree: includeFree)));

    private static UninvoicedBookingsResult Listing(IReadOnlyList<Booking> bookings, LedgerStateBuilder? ledger = null, bool includeFree = false) =>
        new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(
            bookings, ledger?.Build() ?? Application.Ports.LedgerState.Empty, new BookingsDirectory([Contoso]),
            new UninvoicedBookingsCriteria { Range = Yesterday, IncludeFree = includeFree }, Now);

    [Fact]
    public void Empty_NoBookingsAtAll_SaysThereWereNoneOnThatDay()
    {
        string text = CardJson.VisibleText(Card(Listing([])));

        Assert.StartsWith("No completed bookings on Mon 23 Nov", text, StringComparison.Ordinal);
        Assert.DoesNotContain("invoiced or excluded", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_EveryBookingInvoicedOrExcluded_SaysSoWithTheCount()
    {
        Booking[] bookings = [Booking("a1"), Booking("a2", minutesAfter: 60)];

        string text = CardJson.VisibleText(Card(Listing(bookings, new LedgerStateBuilder(bookings))));

        Assert.StartsWith("Everything invoiced or excluded on Mon 23 Nov 🎉", text, StringComparison.Ordinal);
        Assert.Contains("All 2 completed bookings in this period are invoiced, marked as invoiced or excluded.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_OnlyFreeBookingsLeft_SaysNothingToInvoiceAndOffersToShowThem()
    {
        Booking free = Booking("f1", priceType: BookingPriceType.Free);
        Booking done = Booking("d1", minutesAfter: 60);

        JsonObject card = Card(Listing([free, done], new LedgerStateBuilder([done])));

        string text = CardJson.VisibleText(card);
        Assert.StartsWith("Nothing left to invoice on Mon 23 Nov 🎉", text, StringComparison.Ordinal);
        Assert.Contains("1 free booking is not shown: nothing to bill.", text, StringComparison.Ordinal);
        Assert.Contains("The other 1 completed booking is invoiced, marked as invoiced or excluded.", text, StringComparison.Ordinal);
        JsonObject show = CardJson.TopLevelActions(card).Single(a => (string?)a["title"] == "Show the free booking");
        Assert.True((bool?)show["data"]!["query"]!["includeFree"]);
    }

    [Fact]
    public void Empty_BookingsNotEndedYet_AreMentioned()
    {
        DateRange today = new(Now.AddHours(-9), Now.AddHours(15), "today");
        Booking later = Booking("later") with { StartUtc = Now.AddHours(1), EndUtc = Now.AddHours(2) };
        UninvoicedBookingsResult result = new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(
            [later], Application.Ports.LedgerState.Empty, new BookingsDirectory([Contoso]), new UninvoicedBookingsCriteria { Range = today }, Now);

        string text = CardJson.VisibleText(CardJson.Of(UninvoicedBookingsCard.Build(
            new UninvoicedBookingsCardModel(Contoso, result, today, BookingFilter.None, Now, LastSync, RunId))));

        Assert.StartsWith("No completed bookings on Tue 24 Nov", text, StringComparison.Ordinal);
        Assert.Contains("1 booking in this period has not ended yet; it is listed once it has.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_FreeBookingsHidden_NoteAndShowButton_ShownTheyHaveAHideButton()
    {
        Booking[] bookings = [Booking("p1"), Booking("f1", priceType: BookingPriceType.Free, minutesAfter: 10), Booking("f2", price: 0m, minutesAfter: 20)];

        JsonObject hidden = Card(Listing(bookings));
        JsonObject shown = Card(Listing(bookings, includeFree: true), includeFree: true);

        Assert.Contains("2 free bookings are not shown: nothing to bill.", CardJson.VisibleText(hidden), StringComparison.Ordinal);
        Assert.Equal(["select:p1"], CardJson.OfType(hidden, "Input.Toggle").Select(t => (string?)t["id"]));
        Assert.Contains(CardJson.TopLevelActions(hidden), a => (string?)a["title"] == "Show 2 free bookings");
        Assert.Equal(3, CardJson.OfType(shown, "Input.Toggle").Count());
        Assert.Contains("Free: nothing to bill", CardJson.VisibleText(shown), StringComparison.Ordinal);
        JsonObject hide = CardJson.TopLevelActions(shown).Single(a => (string?)a["title"] == "Hide free bookings");
        Assert.Null(hide["data"]!["query"]!["includeFree"]);
        Assert.All(CardJson.OfType(shown, "Action.Execute").Where(a => a["data"]?["query"] is not null && (string?)a["title"] != "Hide free bookings"),
            a => Assert.True((bool?)a["data"]!["query"]!["includeFree"]));
    }

    [Fact]
    public void InvoiceAll_AFewBookings_CreatesAtOnePressApartFromRefreshAndExclude()
    {
        JsonObject card = Card(Listing([Booking("a1"), Booking("a2", minutesAfter: 60), Booking("a3", minutesAfter: 120)]));

        JsonObject invoiceAll = CardJson.OfType(card, "Action.Execute").Single(a => (string?)a["verb"] == CardVerbs.InvoiceAll && a["fallback"] is not null);
        Assert.Equal("Invoice all 3", (string?)invoiceAll["title"]);
        Assert.Equal(3, (int?)invoiceAll["data"]!["count"]);
        Assert.DoesNotContain(CardJson.TopLevelActions(card), a => (string?)a["title"] == "Invoice all 3");
        Assert.Equal(["Mark as invoiced", "Exclude…", "Refresh"], CardJson.TopLevelActions(card).Select(a => (string?)a["title"]));
    }

    [Fact]
    public void InvoiceAll_MoreThanAFew_AsksOnceWithTheCountAndTotalsBeforeCreating()
    {
        Booking[] bookings = [.. Enumerable.Range(0, 30).Select(i => Booking($"b{i:D2}", minutesAfter: i)), Booking("v1", priceType: BookingPriceType.PriceVaries, minutesAfter: 40)];

        JsonObject card = Card(Listing(bookings));

        JsonObject ask = CardJson.OfType(card, "Action.ShowCard").Single(a => (string?)a["title"] == "Invoice all 31…");
        string question = CardJson.VisibleText(ask["card"]!.AsObject());
        Assert.Contains("Create draft invoices for all 31 bookings of this list, every page?", question, StringComparison.Ordinal);
        Assert.Contains("To invoice: USD 1,200.00", question, StringComparison.Ordinal);
        Assert.Contains("1 booking needs something first and is left out.", question, StringComparison.Ordinal);
        JsonObject yes = CardJson.OfType(ask["card"]!.AsObject(), "Action.Execute").Single(a => a["fallback"] is not null);
        Assert.Equal(CardVerbs.InvoiceAll, (string?)yes["verb"]);
        Assert.Equal(31, (int?)yes["data"]!["count"]);
        // The only "Invoice all" that creates anything is behind the question.
        Assert.All(CardJson.OfType(card, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.InvoiceAll), a => Assert.True(IsInside(ask, a)));
    }

    private static bool IsInside(JsonObject container, JsonObject node) => CardJson.Objects(container).Any(o => ReferenceEquals(o, node));

    /// <summary>Every attendee of the given bookings blocked, as the ledger reports invoiced, marked or excluded ones.</summary>
    private sealed class LedgerStateBuilder(IEnumerable<Booking> blocked)
    {
        public Application.Ports.LedgerState Build() => new(blocked.SelectMany(InvoiceLedgerKey.AllFor).ToHashSet());
    }
}
