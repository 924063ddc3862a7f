using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// "Invoice all": plans every uninvoiced booking of the list and creates the drafts at once, as the issue asks
/// ("press Invoice all, get back the draft numbers"). A few bookings go at one press; above that the card asked
/// once, with the count and totals, and the button carries the count the user agreed to. When the list has more
/// bookings now than that (or the card is older and says no count), or nothing can be created, the preview shows
/// instead: nothing is created that nobody saw. The drafts are only drafts, each can be undone from the result
/// card, and the ledger never bills a booking twice.
/// </summary>
internal sealed class InvoiceAllHandler(
    IDraftInvoicing invoicing,
    InvoiceAllSelection selection,
    InvoiceRunCoordinator coordinator,
    InvoicingCardFactory cards,
    TimeProvider time,
    ILogger<InvoiceAllHandler> logger) : ICardActionHandler
{
    public const string NothingLeft = "Nothing in this list is left to invoice. Type \"show uninvoiced bookings\" for a fresh list.";

    public Type DataType => typeof(InvoiceAllActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        long startedAt = time.GetTimestamp();
        var data = (InvoiceAllActionData)request.Data;
        IReadOnlyList<string> ids = await selection.AppointmentIdsAsync(data.Query, ct);
        if (ids.Count == 0)
        {
            return new CardActionResult.Message(NothingLeft);
        }
        bool confirmed = ids.Count <= UninvoicedBookingsCardActions.InvoiceAllAsksAbove || data.Count == ids.Count;
        InvoicePreview preview = await invoicing.PreviewAsync(
            new InvoiceSelection(data.Query.BusinessId, ids, InvoicePlanAdjustments.None), InvoicingActors.From(turn), ct);
        InvoicePlan plan = preview.Plan;
        InvoicingChatLog.Previewed(logger, preview.RunId, plan.Drafts.Count, plan.Problems.Count, plan.Skipped.Count);
        if (plan.Drafts.Count == 0 || !confirmed)
        {
            return new CardActionResult.ReplaceCard(InvoicePreviewCard.Build(
                new InvoicePreviewCardModel(preview, cards.ZoneOf(preview.Business), ids, InvoicePlanAdjustments.None, data.Query)));
        }
        return await coordinator.ConfirmAsync(turn, preview.RunId, plan.Drafts.Count, data.Query, startedAt, ct);
    }
}
