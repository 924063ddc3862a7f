using System.Text.Json.Nodes;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.QueryDomain;

/// <summary>
/// Issue 8, point 11: on Sun 1 Nov 2026 Los Angeles lives 01:00-02:00 twice. Two bookings at 01:30 PDT (08:30Z) and
/// 01:30 PST (09:30Z) never read the same, on any card or in the invoice line; ordinary times stay short, and the
/// zone is named once in each card's header.
/// </summary>
public sealed class AmbiguousHourTests
{
    private static readonly TimeZoneInfo Pacific = TimeZoneResolver.ResolveFirst("America/Los_Angeles");
    private static readonly DateTimeOffset FirstOneThirty = new(2026, 11, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondOneThirty = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TenOClock = new(2026, 11, 1, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly BookingsBusiness LosAngelesSalon = Salon with { TimeZoneId = "America/Los_Angeles" };

    private static Booking At(string id, DateTimeOffset start) =>
        Haircut(id) with { StartUtc = start, EndUtc = start.AddMinutes(30), Duration = TimeSpan.FromMinutes(30) };

    private static readonly Booking[] Bookings = [At("appt-pdt", FirstOneThirty), At("appt-pst", SecondOneThirty), At("appt-ten", TenOClock)];

    [Fact]
    public void Labels_OnlyTheRepeatedHourCarriesItsOffsetsName()
    {
        Assert.Equal("Sun 1 Nov, 01:30 PDT", TimeZoneLabel.OnCard(FirstOneThirty, Pacific));
        Assert.Equal("Sun 1 Nov, 01:30 PST", TimeZoneLabel.OnCard(SecondOneThirty, Pacific));
        Assert.Equal("Sun 1 Nov, 10:00", TimeZoneLabel.OnCard(TenOClock, Pacific));
    }

    [Fact]
    public void Labels_AZoneWithoutNames_TellsTheRepeatedHourApartByOffset()
    {
        TimeZoneInfo chisinau = TimeZoneResolver.ResolveFirst("Europe/Chisinau");
        DateTimeOffset[] repeated = [.. Enumerable.Range(0, 48).Select(h => new DateTimeOffset(2026, 10, 24, 12, 30, 0, TimeSpan.Zero).AddHours(h))
            .Where(i => chisinau.IsAmbiguousTime(TimeZoneInfo.ConvertTime(i, chisinau).DateTime))];

        string[] labels = [.. repeated.Select(i => TimeZoneLabel.OnCard(i, chisinau))];

        Assert.Equal(2, labels.Length);
        Assert.Equal(labels[0][..^"UTC+03:00".Length], labels[1][..^"UTC+02:00".Length]);
        Assert.EndsWith("UTC+03:00", labels[0], StringComparison.Ordinal);
        Assert.EndsWith("UTC+02:00", labels[1], StringComparison.Ordinal);
    }

    [Fact]
    public void InvoiceLines_OfTheTwoOneThirties_HaveDifferentDescriptions()
    {
        InvoicingSettings settings = Settings with { Business = LosAngelesSalon };

        string[] descriptions = [.. Plan(Bookings, settings: settings).Drafts.SelectMany(d => d.Lines).Select(l => l.Description)];

        Assert.Equal(["Haircut - 01 Nov 2026 01:30 PDT", "Haircut - 01 Nov 2026 01:30 PST", "Haircut - 01 Nov 2026 10:00"], descriptions);
    }

    [Fact]
    public void ListCard_RowsDiffer_AndTheZoneIsNamedOnceInTheHeader()
    {
        DateRange day = new(new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), "on 1 Nov");
        UninvoicedBookingsResult result = new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(
            Bookings, LedgerState.Empty, new BookingsDirectory([LosAngelesSalon]), new UninvoicedBookingsCriteria { Range = day }, Now);

        JsonObject card = Cards.CardJson.Of(UninvoicedBookingsCard.Build(
            new UninvoicedBookingsCardModel(LosAngelesSalon, result, day, BookingFilter.None, Now, Now, Guid.NewGuid())));

        Assert.Equal(["Sun 1 Nov, 01:30 PDT", "Sun 1 Nov, 01:30 PST", "Sun 1 Nov, 10:00"],
            Cards.CardJson.OfType(card, "Input.Toggle").Select(t => (string?)t["title"]));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(card.ToJsonString(), "Pacific Time"));
    }

    [Fact]
    public void PreviewAndResultCards_HeldBackBookingsDiffer_AndTheZoneIsNamedOnce()
    {
        InvoicingSettings settings = Settings with { Business = LosAngelesSalon };
        InvoicePlan plan = Plan([.. Bookings.Select(b => b with { PriceType = BookingPriceType.PriceVaries })], settings: settings);
        var preview = new InvoicePreview(Guid.NewGuid(), LosAngelesSalon, plan);
        var result = new InvoiceRunResult(preview.RunId, [], [], [], plan.Problems, AlreadyCompleted: false);

        string previewText = Cards.CardJson.VisibleText(Cards.CardJson.Of(InvoicePreviewCard.Build(
            new InvoicePreviewCardModel(preview, Pacific, [.. Bookings.Select(b => b.AppointmentId)], InvoicePlanAdjustments.None, null))));
        string resultText = Cards.CardJson.VisibleText(Cards.CardJson.Of(InvoiceResultCard.Build(new InvoiceResultCardModel(result, Pacific))));

        foreach (string text in new[] { previewText, resultText })
        {
            Assert.Contains("Sun 1 Nov 01:30 PDT · Haircut", text, StringComparison.Ordinal);
            Assert.Contains("Sun 1 Nov 01:30 PST · Haircut", text, StringComparison.Ordinal);
            Assert.Contains("Sun 1 Nov 10:00 · Haircut", text, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Pacific Time"));
        }
    }
}
