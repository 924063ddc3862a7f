using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>Business Central's "Mark as invoiced" for the ticked bookings: billed some other way, no invoice.</summary>
internal sealed class MarkInvoicedHandler(IDraftInvoicing invoicing, UninvoicedListResponder list, ILogger<MarkInvoicedHandler> logger) : ICardActionHandler
{
    public Type DataType => typeof(MarkInvoicedActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (MarkInvoicedActionData)request.Data;
        IReadOnlyList<string> ids = CardInputIds.SelectedBookings(request, data.AppointmentIds);
        if (ids.Count == 0)
        {
            return new CardActionResult.Message(InvoicePreviewHandler.NothingTicked);
        }
        LedgerChange change = await invoicing.MarkAsInvoicedAsync(data.Query.BusinessId, ids, InvoicingActors.From(turn), ct);
        InvoicingChatLog.LedgerChanged(logger, "Mark as invoiced", ids.Count, change.GetType().Name);
        return change switch
        {
            // The bookings leave the list: show the list again, without them, in place of the pressed card.
            LedgerChange.Applied => new CardActionResult.ReplaceCard(
                await list.BuildCardAsync(turn, BookingListRequests.From(data.Query), readyToInvoice: false, ct)),
            LedgerChange.Conflict conflict => new CardActionResult.Message(LedgerChangeMessages.Conflict(conflict)),
            _ => throw new InvalidOperationException("Unknown ledger change " + change.GetType().Name),
        };
    }
}
