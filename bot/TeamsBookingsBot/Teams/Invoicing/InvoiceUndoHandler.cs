using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>"Undo" on the result card: deletes the draft and redraws the card with it marked as undone.</summary>
internal sealed class InvoiceUndoHandler(IDraftInvoicing invoicing, InvoicingCardFactory cards, ILogger<InvoiceUndoHandler> logger)
    : ICardActionHandler
{
    public Type DataType => typeof(UndoInvoiceActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (UndoInvoiceActionData)request.Data;
        UndoResult outcome = await invoicing.UndoAsync(data.InvoiceId, InvoicingActors.From(turn), ct);
        InvoicingChatLog.Undo(logger, data.InvoiceId, outcome.GetType().Name);
        switch (outcome)
        {
            case UndoResult.Undone undone:
                InvoiceRunResult? run = await invoicing.GetResultAsync(data.RunId, ct);
                if (run is null)
                {
                    return new CardActionResult.Message($"Deleted draft invoice {undone.InvoiceNumber}. Its bookings are back on the list.");
                }
                HashSet<Guid> undoneIds = [.. data.Undone, data.InvoiceId];
                // The redrawn card reports this undo, not how the run was first confirmed.
                return new CardActionResult.ReplaceCard(
                    await cards.ResultCardAsync(turn.TenantId, run with { AlreadyCompleted = false }, data.Query, undoneIds, ct));
            case UndoResult.NotDraft notDraft:
                return new CardActionResult.Message(
                    $"Invoice {notDraft.InvoiceNumber} was posted in Business Central meanwhile, so I can't delete it.");
            case UndoResult.NotFound notFound:
                return new CardActionResult.Message(string.IsNullOrWhiteSpace(notFound.InvoiceNumber)
                    ? "I can't find that draft invoice any more; it was probably deleted already."
                    : $"I can't find draft invoice {notFound.InvoiceNumber} any more; it was probably deleted already.");
            default:
                throw new InvalidOperationException("Unknown undo result " + outcome.GetType().Name);
        }
    }
}
