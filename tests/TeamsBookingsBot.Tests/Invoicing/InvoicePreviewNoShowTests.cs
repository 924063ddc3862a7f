using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePreviewNoShowTests
{
    private static readonly BookingsBusiness Salon = new("salon@contoso.com", "Contoso Salon", "America/Los_Angeles", "USD");

    [Fact]
    public void Build_NoShowFeeSetUp_OffersOneToggleperBookingReflectingTheLineKind()
    {
        InvoicePreview preview = Preview(
            Line("appt-1", DraftLineKind.Service),
            Line("appt-2", DraftLineKind.NoShowFee));

        JsonObject card = InvoicePreviewCard.Build(new InvoicePreviewCardModel(
            preview, TimeZoneInfo.Utc, ["appt-1", "appt-2"], InvoicePlanAdjustments.None, null, OffersNoShowFee: true)).ToJsonObject();

        JsonObject[] toggles = [.. Descendants(card).Where(n => (string?)n["type"] == "Input.Toggle")];
        Assert.Equal([CardInputIds.NoShowFee("appt-1"), CardInputIds.NoShowFee("appt-2")], toggles.Select(t => (string?)t["id"]));
        Assert.Equal(["false", "true"], toggles.Select(t => (string?)t["value"]));
        Assert.Contains(card["actions"]!.AsArray(), a => (string?)a!["title"] == "Update preview");
    }

    [Fact]
    public void Build_NoShowFeeNotSetUp_OffersNoToggle()
    {
        JsonObject card = InvoicePreviewCard.Build(new InvoicePreviewCardModel(
            Preview(Line("appt-1", DraftLineKind.Service)), TimeZoneInfo.Utc, ["appt-1"], InvoicePlanAdjustments.None, null)).ToJsonObject();

        Assert.DoesNotContain(Descendants(card), n => (string?)n["type"] == "Input.Toggle");
    }

    private static DraftInvoiceLine Line(string appointmentId, DraftLineKind kind) => new(
        kind, "1000", "Haircut - 23 Nov 2026 09:30", 1m, 45m, 45m, appointmentId, DateTimeOffset.UnixEpoch,
        [new InvoiceLedgerKey(Salon.Id, appointmentId, "-")]);

    private static InvoicePreview Preview(params DraftInvoiceLine[] lines)
    {
        var customer = new BcCustomerRef(Guid.NewGuid(), "10000", "Ann Lee", "ann@example.com", "", Blocked: false);
        var draft = new DraftInvoice(new InvoiceCustomer.Existing(customer), "USD", true, "TBB-TEST", lines, new Money(lines.Sum(l => l.Amount), "USD"));
        return new InvoicePreview(Guid.NewGuid(), Salon, new InvoicePlan("run", [draft], [], []));
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };
}
