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

/// <summary>Pages of the list card made to fit Teams' 28 KB limit.</summary>
public sealed class UninvoicedBookingsCardFitPageTests
{
    private static readonly Guid RunId = Guid.Parse("6f1c1d4e-2d47-4b8e-9a51-0d1f5c2b7a10");

    private static JsonObject[] ActionsOf(JsonObject actionSet) => [.. actionSet["actions"]!.AsArray().Select(a => a!.AsObject())];

    private static JsonObject PagingSet(JsonObject card) =>
        CardJson.OfType(card, "ActionSet").Single(set => ActionsOf(set).All(a => (string?)a["title"] is "◀ Previous" or "Next ▶"));

    [Fact]
    public void FitPage_OrdinaryRows_KeepsTwentyFiveAPage()
    {
        UninvoicedBookingsSnapshot snapshot = Snapshot([.. Enumerable.Range(0, 60).Select(i => Booking($"AAMkADKnAAA{i:D4}=", $"Customer {i % 7}", minutesAfter: i))]);

        UninvoicedBookingsCardModel model = UninvoicedBookingsCard.FitPage(snapshot, 0, 25, RunId, readyToInvoice: false);

        Assert.Equal(25, model.Result.Rows.Count);
        Assert.True(UninvoicedBookingsCard.Build(model).SizeInBytes <= AdaptiveCard.MaxSizeInBytes);
    }

    [Fact]
    public void FitPage_LongNamesAndIds_ShrinksThePageUnderTheLimitAndPagesStayConsistent()
    {
        UninvoicedBookingsSnapshot snapshot = Snapshot(LongBookings(60));

        UninvoicedBookingsCardModel first = UninvoicedBookingsCard.FitPage(snapshot, 0, 25, RunId, readyToInvoice: false);
        AdaptiveCard card = UninvoicedBookingsCard.Build(first);

        Assert.InRange(first.Result.PageSize, 1, 24);
        Assert.True(card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{card.SizeInBytes} bytes");
        JsonObject next = ActionsOf(PagingSet(CardJson.Of(card)))[0];
        Assert.Equal(first.Result.PageSize, (int)next["data"]!["query"]!["pageSize"]!);

        UninvoicedBookingsCardModel second = UninvoicedBookingsCard.FitPage(snapshot, 1, first.Result.PageSize, RunId, readyToInvoice: false);
        Assert.Equal(first.Result.PageSize, second.Result.PageSize);
        Assert.Equal(LongBookings(60)[first.Result.PageSize].AppointmentId, second.Result.Rows[0].Booking.AppointmentId);
    }

    [Fact]
    public void FitPage_ShrinkingLaterPage_StartsAtTheFirstRowAskedFor()
    {
        UninvoicedBookingsSnapshot snapshot = Snapshot(LongBookings(60));

        UninvoicedBookingsCardModel model = UninvoicedBookingsCard.FitPage(snapshot, 1, 25, RunId, readyToInvoice: false);

        int firstShown = model.Result.PageIndex * model.Result.PageSize;
        Assert.InRange(firstShown, 25 - model.Result.PageSize + 1, 25);
        Assert.Contains(model.Result.Rows, r => r.Booking.AppointmentId == LongBookings(60)[25].AppointmentId);
    }

    internal static Booking[] LongBookings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Booking(
            "AAMkAGI2TG93AAA" + new string((char)('a' + (i % 26)), 130) + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "=",
            new string('C', 195) + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            new string('e', 180) + "@example.com",
            new string('S', 200),
            minutesAfter: i))];

    private static UninvoicedBookingsSnapshot Snapshot(Booking[] bookings) =>
        new(Contoso, new UninvoicedBookingsRequest(null, Yesterday, BookingFilter.None), bookings, LedgerState.Empty,
            new BookingsDirectory([Contoso]), new UninvoicedBookingsQuery(CompletionPolicy.Default), Now, LastSync);
}
