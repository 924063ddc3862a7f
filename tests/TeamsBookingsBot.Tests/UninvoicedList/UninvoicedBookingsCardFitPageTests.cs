using System.Text.Json.Nodes;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>Pages of the list card made to fit Teams' 28 KB limit.</summary>
public sealed class UninvoicedBookingsCardFitPageTests
{
    private static readonly Guid RunId = Guid.Parse("6f1c1d4e-2d47-4b8e-9a51-0d1f5c2b7a10");

    private static JsonObject[] ActionsOf(JsonObject actionSet) => [.. actionSet["actions"]!.AsArray().Select(a => a!.AsObject())];

    private static JsonObject PagingSet(JsonObject card) =>
        CardJson.OfType(card, "ActionSet").Single(set => ActionsOf(set).All(a => (string?)a["title"] is "◀ Previous" or "Next ▶"));

    [Fact]
    public void Fit_OrdinaryRows_KeepsTwentyFiveAPageAndRendersOnce()
    {
        CardRenderCount.Counter renders = CardRenderCount.Start();

        FittedListCard fitted = UninvoicedBookingsCard.Fit(Model(Run([.. Enumerable.Range(0, 60).Select(i => Booking($"AAMkADKnAAA{i:D4}=", $"Customer {i % 7}", minutesAfter: i))])));

        Assert.Equal(25, fitted.Model.Result.Rows.Count);
        Assert.True(fitted.Card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes);
        Assert.Equal(1, renders.Count);
    }

    [Fact]
    public void Fit_LongNamesAndIds_ShrinksThePageUnderTheLimitAndNextStartsAtTheFirstRowLeftOff()
    {
        Booking[] bookings = LongBookings(60);

        FittedListCard first = UninvoicedBookingsCard.Fit(Model(Run(bookings)));

        int size = first.Model.Result.PageSize;
        Assert.InRange(size, 1, 24);
        Assert.True(first.Card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{first.Card.SizeInBytes} bytes");
        JsonObject next = ActionsOf(PagingSet(first.Card.Json))[0];
        JsonNode query = next["data"]!["query"]!;
        Assert.Equal(size, (int)query["pageSize"]!);
        Assert.Equal(bookings[size].AppointmentId, (string?)query["pageStartId"]);

        var position = new ListPosition(bookings[size].StartUtc, bookings[size].AppointmentId);
        FittedListCard second = UninvoicedBookingsCard.Fit(Model(Run(bookings, pageSize: size, position: position)));
        // Its buttons carry this page's long first id, so it may hold a row less; it never skips one.
        Assert.InRange(second.Model.Result.PageSize, 1, size);
        Assert.Equal(bookings[size].AppointmentId, second.Model.Result.Rows[0].Booking.AppointmentId);
    }

    [Fact]
    public void Fit_ShrinkingLaterPage_StartsAtTheFirstRowAskedFor()
    {
        Booking[] bookings = LongBookings(60);

        FittedListCard fitted = UninvoicedBookingsCard.Fit(Model(Run(bookings, pageIndex: 1)));

        Assert.InRange(fitted.Model.Result.PageSize, 1, 24);
        Assert.Equal(bookings[25].AppointmentId, fitted.Model.Result.Rows[0].Booking.AppointmentId);
        Assert.True(fitted.Model.Result.HasPreviousPage);
    }

    internal static Booking[] LongBookings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Booking(
            "AAMkAGI2TG93AAA" + new string((char)('a' + (i % 26)), 130) + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "=",
            new string('C', 195) + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            new string('e', 180) + "@example.com",
            new string('S', 200),
            minutesAfter: i))];

    private static UninvoicedBookingsCardModel Model(UninvoicedBookingsResult result) =>
        new(Contoso, result, Yesterday, BookingFilter.None, Now, LastSync, RunId);
}
