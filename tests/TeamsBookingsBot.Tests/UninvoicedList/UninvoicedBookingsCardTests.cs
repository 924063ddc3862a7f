using System.Text.Json.Nodes;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class UninvoicedBookingsCardTests
{
    private static readonly Guid RunId = Guid.Parse("6f1c1d4e-2d47-4b8e-9a51-0d1f5c2b7a10");

    private static UninvoicedBookingsCardModel Model(UninvoicedBookingsResult result, bool readyToInvoice = false, BookingFilter? filter = null) =>
        new(Contoso, result, Yesterday, filter ?? BookingFilter.None, Now, LastSync, RunId, readyToInvoice);

    private static JsonObject Json(UninvoicedBookingsCardModel model) => CardJson.Of(UninvoicedBookingsCard.Build(model));

    private static JsonObject Action(JsonObject card, string verb) =>
        CardJson.Objects(card).Single(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb && o["fallback"] is not null
            && (string?)o["title"] is not ("◀ Previous" or "Next ▶"));

    private static JsonObject[] ActionsOf(JsonObject actionSet) => [.. actionSet["actions"]!.AsArray().Select(a => a!.AsObject())];

    private static JsonObject PagingSet(JsonObject card) =>
        CardJson.OfType(card, "ActionSet").Single(set => ActionsOf(set).All(a => (string?)a["title"] is "◀ Previous" or "Next ▶"));

    private static JsonObject InvoiceSet(JsonObject card) =>
        CardJson.OfType(card, "ActionSet").Single(set => ActionsOf(set).Any(a => (string?)a["title"] == "Preview invoices"));

    [Fact]
    public void Build_Page_OneToggleTickedByDefaultPerBooking()
    {
        JsonObject card = Json(Model(Run([Booking("a1"), Booking("a2", minutesAfter: 60)])));

        JsonObject[] toggles = [.. CardJson.OfType(card, "Input.Toggle")];
        Assert.Equal([CardInputIds.SelectBooking("a1"), CardInputIds.SelectBooking("a2")], toggles.Select(t => (string?)t["id"]));
        Assert.All(toggles, t =>
        {
            Assert.Equal("true", (string?)t["value"]);
            Assert.Equal("true", (string?)t["valueOn"]);
            Assert.Equal("false", (string?)t["valueOff"]);
        });
    }

    [Fact]
    public void Build_Page_ShowsStartInTheBusinessZoneNamedOnceInTheHeader()
    {
        JsonObject card = Json(Model(Run([Booking("a1")])));

        Assert.Equal("Mon 23 Nov, 09:30", (string?)CardJson.OfType(card, "Input.Toggle").Single()["title"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(card.ToJsonString(), "Pacific Time"));
        string text = CardJson.VisibleText(card);
        Assert.Contains("Haircut · 45 min · ", text, StringComparison.Ordinal);
        Assert.Contains("USD 40.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Header_NamesPeriodBusinessAndDataAge()
    {
        string text = CardJson.VisibleText(Json(Model(Run([Booking("a1")]))));

        Assert.Contains("Uninvoiced bookings", text, StringComparison.Ordinal);
        Assert.Contains("Yesterday, Mon 23 Nov · for Contoso Salon", text, StringComparison.Ordinal);
        Assert.Contains("Times are in Pacific Time. Bookings data as of 08:15.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Filters_AreEchoedLiterally()
    {
        JsonObject card = Json(Model(Run([Booking("a1")]), filter: new BookingFilter("**bob**", "Haircut", null)));

        JsonObject run = CardJson.OfType(card, "TextRun").Single(r => ((string?)r["text"])!.StartsWith("Only ", StringComparison.Ordinal));
        Assert.Equal("Only customer “**bob**”, service “Haircut”", (string?)run["text"]);
    }

    [Fact]
    public void Build_Page_GroupsBookingsByCustomerAlphabeticallyNoCustomerLast()
    {
        UninvoicedBookingsResult result = Run([
            Booking("z1", "Zoe Adams", "zoe@example.com"),
            Booking("b1", "Bob Contoso", minutesAfter: 10),
            Booking("n1", customers: [], minutesAfter: 20),
            Booking("z2", "Zoe Adams", "zoe@example.com", minutesAfter: 30),
        ]);

        JsonObject card = Json(Model(result));

        string[] order = [.. CardJson.Objects(card["body"]).Select(o => (string?)o["type"] switch
        {
            "Input.Toggle" => "toggle:" + ((string?)o["id"])!["select:".Length..],
            "RichTextBlock" when o["separator"] is not null => "group:" + (string?)o["inlines"]![0]!["text"],
            _ => null,
        }).OfType<string>()];
        Assert.Equal(["group:Bob Contoso", "toggle:b1", "group:Zoe Adams", "toggle:z1", "toggle:z2", "group:No customer", "toggle:n1"], order);
        Assert.Contains("zoe@example.com", CardJson.VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GroupBooking_ListedOnceUnderItsFirstAttendeeWithTheOthersCounted()
    {
        Booking group = Booking("g1", customers: [
            new BookingCustomer("c-ann", "Ann", "ann@example.com", null),
            new BookingCustomer("c-ben", "Ben", "ben@example.com", null),
            new BookingCustomer("c-cat", "Cat", "cat@example.com", null),
        ]);

        JsonObject card = Json(Model(Run([group])));

        Assert.Single(CardJson.OfType(card, "Input.Toggle"));
        string text = CardJson.VisibleText(card);
        Assert.Contains("Ann", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", text, StringComparison.Ordinal);
        Assert.Contains("+2 attendees", text, StringComparison.Ordinal);
        Assert.Contains("USD 120.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GroupBookingFirstAttendeeInvoiced_ListedUnderTheNextAttendeeStillToBill()
    {
        Booking group = Booking("g1", customers: [
            new BookingCustomer("c-ann", "Ann", null, null),
            new BookingCustomer("c-ben", "Ben", null, null),
        ]);
        LedgerState ledger = new(new HashSet<InvoiceLedgerKey> { new(Contoso.Id, "g1", "c-ann") });

        string text = CardJson.VisibleText(Json(Model(Run([group], ledger: ledger))));

        Assert.Contains("Ben", text, StringComparison.Ordinal);
        Assert.Contains("Partly invoiced: 1 of 2 attendees left", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoCurrencies_TotalsPerCurrency()
    {
        BookingsBusiness euro = new("eu@contoso.com", "EU", "Europe/Berlin", "EUR");
        UninvoicedBookingsResult result = Run(
            [Booking("u1", price: 40m), Booking("u2", price: 1200.5m, minutesAfter: 10), Booking("e1", price: 30m, businessId: euro.Id, minutesAfter: 20)],
            directory: new BookingsDirectory([Contoso, euro]));

        string text = CardJson.VisibleText(Json(Model(result)));

        Assert.Contains("To invoice: EUR 30.00 · USD 1,240.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryWarning_IsShownInlineAndPricelessRowsStayOutOfTotals()
    {
        Booking partial = Booking("p1", customers: [new BookingCustomer("c-a", "Ann", null, null), new BookingCustomer("c-b", "Ben", null, null)], minutesAfter: 40);
        UninvoicedBookingsResult result = Run(
            [
                Booking("v1", priceType: BookingPriceType.PriceVaries),
                Booking("n1", priceType: BookingPriceType.NotSet, minutesAfter: 10),
                Booking("x1", customers: [], minutesAfter: 20),
                Booking("c1", cancelled: true, minutesAfter: 30),
                partial,
                Booking("o1", businessId: "unknown@contoso.com", minutesAfter: 50),
            ],
            ledger: new LedgerState(new HashSet<InvoiceLedgerKey> { new(Contoso.Id, "p1", "c-a") }),
            includeCancelled: true);

        string text = CardJson.VisibleText(Json(Model(result)));

        Assert.Contains("⚠ Price varies: enter the price before invoicing", text, StringComparison.Ordinal);
        Assert.Contains("⚠ No price on the service: enter one before invoicing", text, StringComparison.Ordinal);
        Assert.Contains("⚠ No customer: add one to the booking in Bookings", text, StringComparison.Ordinal);
        Assert.Contains("Cancelled", text, StringComparison.Ordinal);
        Assert.Contains("Partly invoiced: 1 of 2 attendees left", text, StringComparison.Ordinal);
        Assert.Contains("⚠ Currency unknown: not in the totals", text, StringComparison.Ordinal);
        // v1, n1 (no price), x1 (no customer) and o1 (no currency) wait; c1 is cancelled: only p1's open attendee is billed.
        Assert.Contains("⚠ 4 bookings need something first (see ⚠ below); not in the totals.", text, StringComparison.Ordinal);
        Assert.Contains("To invoice: USD 40.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Page_ButtonsCarryTheirVerbsIdsRunIdAndQuery()
    {
        JsonObject card = Json(Model(Run([Booking("a1"), Booking("a2", minutesAfter: 60)])));

        IReadOnlyList<JsonObject> actions = CardJson.TopLevelActions(card);
        Assert.True(actions.Count <= 6);
        Assert.Equal(["Mark as invoiced", "Exclude…", "Refresh"], actions.Select(a => (string?)a["title"]));
        Assert.Equal(["Preview invoices", "Invoice all 2"], ActionsOf(InvoiceSet(card)).Select(a => (string?)a["title"]));

        JsonObject preview = Action(card, CardVerbs.InvoicePreview);
        Assert.Equal(["a1", "a2"], preview["data"]!["appointmentIds"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(RunId.ToString(), (string?)preview["data"]!["runId"]);
        Assert.Equal("auto", (string?)preview["associatedInputs"]);

        JsonObject all = Action(card, CardVerbs.InvoiceAll);
        Assert.Equal(RunId.ToString(), (string?)all["data"]!["runId"]);
        Assert.Equal(Contoso.Id, (string?)all["data"]!["query"]!["businessId"]);
        Assert.Equal("none", (string?)all["associatedInputs"]);

        Assert.Equal(["a1", "a2"], Action(card, CardVerbs.MarkInvoiced)["data"]!["appointmentIds"]!.AsArray().Select(n => (string?)n));

        JsonObject showCard = actions.Single(a => (string?)a["type"] == "Action.ShowCard");
        Assert.Equal(CardInputIds.ExcludeReason, (string?)CardJson.OfType(showCard["card"]!.AsObject(), "Input.Text").Single()["id"]);
        Assert.Equal(["a1", "a2"], Action(card, CardVerbs.Exclude)["data"]!["appointmentIds"]!.AsArray().Select(n => (string?)n));

        Assert.Equal("Refresh", (string?)Action(card, CardVerbs.ShowPage)["title"]);
    }

    [Fact]
    public void Build_ButtonData_ParsesBackIntoTheActionRecords()
    {
        JsonObject card = Json(Model(Run([Booking("a1")])));

        foreach (JsonObject action in CardJson.Objects(card).Where(o => (string?)o["type"] == "Action.Execute"))
        {
            JsonObject invoke = new() { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = action["data"]!.DeepClone() } };
            Assert.True(CardActionParser.TryParse(System.Text.Json.JsonSerializer.SerializeToElement(invoke), out CardActionRequest? request), (string?)action["verb"]);
            Assert.Equal((string?)action["verb"], request.Data.Verb);
        }
    }

    [Fact]
    public void Build_ReadyToInvoice_InvoiceButtonsFirstAndReadyHeading()
    {
        JsonObject card = Json(Model(Run([Booking("a1"), Booking("a2", minutesAfter: 60)]), readyToInvoice: true));

        JsonObject[] body = [.. CardJson.Objects(card["body"])];
        Assert.True(Array.IndexOf(body, InvoiceSet(card)) < Array.IndexOf(body, CardJson.OfType(card, "Input.Toggle").First()),
            "the invoice buttons come before the bookings");
        Assert.StartsWith("Ready to invoice", CardJson.VisibleText(card), StringComparison.Ordinal);
        Assert.True((bool?)Action(card, CardVerbs.ShowPage)["data"]!["readyToInvoice"]);
    }

    [Fact]
    public void Build_MiddlePage_SaysWhichPageAndPagesToItsNeighbours()
    {
        Booking[] bookings = [.. Enumerable.Range(0, 60).Select(i => Booking($"b{i:D2}", minutesAfter: i))];

        JsonObject card = Json(Model(Run(bookings, pageIndex: 1, pageSize: 25)));

        Assert.Contains("Page 2 of 3 · 60 bookings", CardJson.VisibleText(card), StringComparison.Ordinal);
        JsonObject[] paging = ActionsOf(PagingSet(card));
        Assert.Equal(["◀ Previous", "Next ▶"], paging.Select(a => (string?)a["title"]));
        // Keyset paging: Previous is the page ending before this page's first row, Next starts at the next page's first row.
        Assert.Equal(["b25", "b50"], paging.Select(a => (string?)a["data"]!["query"]!["pageStartId"]));
        Assert.Equal([true, null], paging.Select(a => (bool?)a["data"]!["query"]!["pageBefore"]));
        Assert.All(paging, a =>
        {
            Assert.Equal(CardVerbs.ShowPage, (string?)a["verb"]);
            Assert.Equal(25, (int)a["data"]!["query"]!["pageSize"]!);
            Assert.Equal("none", (string?)a["associatedInputs"]);
        });
        Assert.Equal(25, CardJson.OfType(card, "Input.Toggle").Count());
    }

    [Fact]
    public void Build_Empty_FriendlyCardWithOtherPeriods()
    {
        JsonObject card = Json(Model(Run([])));

        string text = CardJson.VisibleText(card);
        Assert.StartsWith("No completed bookings on Mon 23 Nov", text, StringComparison.Ordinal);
        Assert.Contains("Times are in Pacific Time. Bookings data as of 08:15.", text, StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "Input.Toggle"));
        IReadOnlyList<JsonObject> actions = CardJson.TopLevelActions(card);
        Assert.Equal(["Today", "This week", "Last week", "Sync now"], actions.Select(a => (string?)a["title"]));
        Assert.Equal(["today", "this-week", "last-week"], actions.Take(3).Select(a => (string?)a["data"]!["range"]));
    }
}
