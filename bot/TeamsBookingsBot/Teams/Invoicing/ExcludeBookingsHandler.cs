using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>"Exclude" on the list: the ticked bookings are never billed (e.g. a forgiven no-show), with the reason typed.</summary>
internal sealed class ExcludeBookingsHandler(IDraftInvoicing invoicing, UninvoicedListResponder list, ILogger<ExcludeBookingsHandler> logger) : ICardActionHandler
{
    public const string DefaultReason = "Excluded";

    // The reason is kept in the ledger and the audit log; a paragraph is not a reason.
    public const int MaxReasonLength = 200;

    public Type DataType => typeof(ExcludeActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ExcludeActionData)request.Data;
        IReadOnlyList<string> ids = CardInputIds.SelectedBookings(request, data.AppointmentIds);
        if (ids.Count == 0)
        {
            return new CardActionResult.Message(InvoicePreviewHandler.NothingTicked);
        }
        string reason = request.Inputs.TryGetValue(CardInputIds.ExcludeReason, out string? typed) && !string.IsNullOrWhiteSpace(typed)
            ? CardText.Quote(typed, MaxReasonLength)
            : DefaultReason;
        LedgerChange change = await invoicing.ExcludeAsync(data.Query.BusinessId, ids, reason, InvoicingActors.From(turn), ct);
        InvoicingChatLog.LedgerChanged(logger, "Exclude", ids.Count, change.GetType().Name);
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
