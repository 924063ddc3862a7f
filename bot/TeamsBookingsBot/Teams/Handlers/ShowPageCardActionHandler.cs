using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Next/previous page, "Refresh" and "Back": the list is computed afresh and replaces the card in place.</summary>
internal sealed class ShowPageCardActionHandler(UninvoicedListResponder responder) : ICardActionHandler
{
    public Type DataType => typeof(ShowPageActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ShowPageActionData)request.Data;
        return new CardActionResult.ReplaceCard(await responder.BuildCardAsync(turn, BookingListRequests.From(data.Query), data.ReadyToInvoice, ct));
    }
}
