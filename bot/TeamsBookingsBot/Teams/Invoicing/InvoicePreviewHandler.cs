using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>"Invoice selected" on the list, and "Update preview" on the preview: plans the ticked bookings and shows the drafts.</summary>
internal sealed class InvoicePreviewHandler(
    IDraftInvoicing invoicing, InvoicingCardFactory cards, IOptions<InvoicingOptions> options, ILogger<InvoicePreviewHandler> logger)
    : ICardActionHandler
{
    public const string NothingTicked = "Tick at least one booking, then press the button again.";

    public const string UnknownBusiness = "This card doesn't say which Bookings calendar it lists. Type \"show uninvoiced bookings\" to get a fresh list.";

    public Type DataType => typeof(InvoicePreviewActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (InvoicePreviewActionData)request.Data;
        IReadOnlyList<string> ids = CardInputIds.SelectedBookings(request, data.AppointmentIds);
        if (ids.Count == 0)
        {
            return new CardActionResult.Message(NothingTicked);
        }
        string? businessId = data.Query?.BusinessId ?? await cards.OnlyBusinessIdAsync(turn.TenantId, ct);
        if (businessId is null)
        {
            return new CardActionResult.Message(UnknownBusiness);
        }
        bool offersNoShowFee = options.Value.NoShowFee is { ItemNumber.Length: > 0 };
        var adjustments = new InvoicePlanAdjustments
        {
            PriceOverrides = CardInputIds.PriceOverrides(request, ids),
            NoShowWithFee = offersNoShowFee ? CardInputIds.NoShowsWithFee(request, ids) : new HashSet<string>(),
            ConfirmedAmounts = CardInputIds.ConfirmedAmounts(request, ids),
        };
        InvoicePreview preview = await invoicing.PreviewAsync(new InvoiceSelection(businessId, ids, adjustments), InvoicingActors.From(turn), ct);
        InvoicePlan plan = preview.Plan;
        InvoicingChatLog.Previewed(logger, preview.RunId, plan.Drafts.Count, plan.Problems.Count, plan.Skipped.Count);
        return new CardActionResult.ReplaceCard(InvoicePreviewCard.Build(
            new InvoicePreviewCardModel(preview, cards.ZoneOf(preview.Business), ids, adjustments, data.Query, offersNoShowFee)));
    }
}
