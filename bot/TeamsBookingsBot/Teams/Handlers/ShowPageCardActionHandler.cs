using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Next/previous page, "Refresh" and "Back": the list is computed afresh and replaces the card in place.</summary>
internal sealed class ShowPageCardActionHandler(UninvoicedListResponder responder) : ICardActionHandler
{
    public Type DataType => typeof(ShowPageActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ShowPageActionData)request.Data;
        BookingListQuery query = data.Query;
        var listRequest = new UninvoicedBookingsRequest(
            query.BusinessId,
            new DateRange(query.FromUtc, query.ToUtc, query.RangeLabel),
            new BookingFilter(query.Customer, query.Service, query.Staff),
            query.PageIndex,
            PageSize: query.PageSize);
        return new CardActionResult.ReplaceCard(await responder.BuildCardAsync(listRequest, data.ReadyToInvoice, ct));
    }
}
