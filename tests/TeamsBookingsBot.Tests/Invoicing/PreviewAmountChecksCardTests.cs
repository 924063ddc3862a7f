using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Issue 8, points 6 and 8 on the preview card: what it asks before billing, and lines that add up as BC adds them.</summary>
public sealed class PreviewAmountChecksCardTests
{
    private static JsonObject Card(InvoicePlan plan, params string[] ids) =>
        CardJson.Of(InvoicePreviewCard.Build(new InvoicePreviewCardModel(
            new InvoicePreview(Guid.NewGuid(), Salon, plan), TimeZoneInfo.Utc, ids, InvoicePlanAdjustments.None, null)));

    [Fact]
    public void UnusualAmount_AsksForAnExplicitTickAndOffersNoConfirmUntilThen()
    {
        JsonObject card = Card(Plan([Haircut() with { Price = 250_000m }]), "appt-1");

        JsonObject toggle = CardJson.OfType(card, "Input.Toggle").Single();
        Assert.Equal(CardInputIds.ConfirmAmount("appt-1"), (string?)toggle["id"]);
        Assert.Equal("Yes, bill USD 250,000.00 per attendee", (string?)toggle["title"]);
        Assert.Equal("false", (string?)toggle["value"]);
        Assert.Equal("250000.00", (string?)toggle["valueOn"]);
        string[] titles = [.. CardJson.OfType(card, "Action.Execute").Select(a => (string?)a["title"] ?? "")];
        Assert.Contains("Update preview", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("Confirm", StringComparison.Ordinal));
    }

    [Fact]
    public void UnusualAmountConfirmed_IsADraftLikeAnyOther()
    {
        var adjustments = new InvoicePlanAdjustments { ConfirmedAmounts = new Dictionary<string, decimal> { ["appt-1"] = 250_000m } };

        JsonObject card = Card(Plan([Haircut() with { Price = 250_000m }], adjustments: adjustments), "appt-1");

        Assert.Empty(CardJson.OfType(card, "Input.Toggle"));
        Assert.Contains(CardJson.OfType(card, "Action.Execute"), a => (string?)a["title"] == "Confirm — create 1 draft");
    }

    [Fact]
    public void NegativePrice_GetsAnAmountInput()
    {
        JsonObject card = Card(Plan([Haircut() with { Price = -40m }]), "appt-1");

        Assert.Equal(CardInputIds.PriceOverride("appt-1"), (string?)CardJson.OfType(card, "Input.Number").Single()["id"]);
        Assert.Contains("negative in Bookings", CardJson.VisibleText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, 45.555, "1.5 × 45.555 = 68.33")]
    [InlineData(20, 45.555, "0.33333 × 45.555 = 15.18")]
    [InlineData(60, 80, "1 × 80.00 = 80.00")]
    public void HourlyLine_ShowsTheQuantityAndUnitPriceBusinessCentralMultiplies(int minutes, double rate, string shown)
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, Price = (decimal)rate, EndUtc = Haircut().StartUtc.AddMinutes(minutes) };

        Assert.Contains(shown, CardJson.VisibleText(Card(Plan([booking]), "appt-1")), StringComparison.Ordinal);
    }
}
