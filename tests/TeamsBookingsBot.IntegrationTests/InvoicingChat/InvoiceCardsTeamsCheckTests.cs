using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>Every invoicing card passes Microsoft's schema, parser and Teams rules (tools/teams-check).</summary>
public sealed class InvoiceCardsTeamsCheckTests
{
    private const string LongName = "Anneliese Catherine Montgomery-Fitzgerald von Hohenzollern-Sigmaringen Ltd **bold** <at>x</at>";

    [Fact]
    public async Task TeamsCheck_EveryInvoicingCard_HasNoErrorsOrWarnings()
    {
        InvoicePreview small = InvoiceSamples.Preview(drafts: 2, linesPerDraft: 3, withProblems: true, withSkipped: true);
        InvoicePreview big = InvoiceSamples.Preview(drafts: 40, linesPerDraft: 10, withProblems: true, withSkipped: true, customerName: LongName);
        InvoicePreview onlyProblems = InvoiceSamples.Preview(drafts: 0, linesPerDraft: 0, withProblems: true);
        (string Name, AdaptiveCard Card)[] cards =
        [
            ("preview", InvoicePreviewCard.Build(new(small, InvoiceSamples.Zone, ["appt-varies"], InvoicePlanAdjustments.None, InvoiceSamples.Query))),
            ("preview, 40 x 10", InvoicePreviewCard.Build(new(big, InvoiceSamples.Zone, ["appt-varies"], InvoicePlanAdjustments.None, InvoiceSamples.Query))),
            ("preview with no-show toggles", InvoicePreviewCard.Build(new(small, InvoiceSamples.Zone, ["appt-varies"], InvoicePlanAdjustments.None, InvoiceSamples.Query, OffersNoShowFee: true))),
            ("preview, 40 x 10, no-show toggles", InvoicePreviewCard.Build(new(big, InvoiceSamples.Zone, ["appt-varies"], InvoicePlanAdjustments.None, InvoiceSamples.Query, OffersNoShowFee: true))),
            ("preview, only problems, no query", InvoicePreviewCard.Build(new(onlyProblems, InvoiceSamples.Zone, ["appt-varies"], InvoicePlanAdjustments.None, null))),
            ("preview, unusual amount and negative price", InvoicePreviewCard.Build(new(AmountChecks(), InvoiceSamples.Zone, ["appt-unusual", "appt-negative", "appt-ok"], InvoicePlanAdjustments.None, InvoiceSamples.Query))),
            ("progress", InvoiceProgressCard.Build(12)),
            ("result", InvoiceResultCard.Build(new InvoiceResultCardModel(InvoiceSamples.Result(small, failed: 1), InvoiceSamples.Zone, InvoiceSamples.Query))),
            ("result, already completed, one undone", InvoiceResultCard.Build(new InvoiceResultCardModel(
                InvoiceSamples.Result(small, alreadyCompleted: true), InvoiceSamples.Zone, new HashSet<Guid> { InvoiceSamples.InvoiceId(1) }, null))),
            ("result, 40 drafts", InvoiceResultCard.Build(new InvoiceResultCardModel(InvoiceSamples.Result(big, failed: 2), InvoiceSamples.Zone, InvoiceSamples.Query))),
            ("result, nothing created", InvoiceResultCard.Build(new InvoiceResultCardModel(InvoiceSamples.Result(onlyProblems), InvoiceSamples.Zone))),
        ];

        IReadOnlyList<CardCheckResult> results = await TeamsCheck.CheckCardsAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        Assert.Equal(cards.Select(c => c.Name), results.Select(r => r.Name));
        string[] failures = [.. results.Where(r => r.Findings.Count > 0).Select(r => r.Describe())];
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
    }

    private static InvoicePreview AmountChecks()
    {
        var settings = new InvoicingSettings { Business = InvoiceSamples.Salon, CompanyCurrencyCode = "USD" };
        Domain.Booking[] bookings =
        [
            InvoiceSamples.Booking("appt-unusual", 9, price: 250_000m), InvoiceSamples.Booking("appt-negative", 10, price: -40m),
            InvoiceSamples.Booking("appt-ok", 11) with { PriceType = Domain.BookingPriceType.Hourly, Price = 45.555m, EndUtc = InvoiceSamples.DayStartUtc.AddHours(12.5) },
        ];
        Dictionary<string, CustomerResolution> customers = bookings.ToDictionary(
            b => InvoiceLedgerKey.CustomerKeyOf(b.Customers[0]),
            b => (CustomerResolution)new CustomerResolution.Resolved(new BcCustomerRef(Guid.NewGuid(), "C" + b.AppointmentId.Length, "Ann Lee", null, "", false)));
        var services = new ServiceMapping(new Dictionary<string, string> { ["svc-haircut"] = "SVC-HAIRCUT" }, []);
        InvoicePlan plan = InvoicePlanner.Plan(bookings, customers, services, new Dictionary<InvoiceLedgerKey, LedgerEntry>(), settings, "run-checks");
        return new InvoicePreview(Guid.NewGuid(), InvoiceSamples.Salon, plan);
    }
}
