using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// A business picked on the picker: the list of it replaces the picker, and "This chat is about …" links the
/// conversation first. The business comes from card data: <see cref="CardActionGuard"/> lets the press through only
/// when it is one of the asking tenant's.
/// </summary>
internal sealed class PickBusinessCardActionHandler(IConversationBusinessLinks links, UninvoicedListResponder responder) : ICardActionHandler
{
    public Type DataType => typeof(PickBusinessActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (PickBusinessActionData)request.Data;
        if (data.Link && turn.TenantId is { Length: > 0 } tenant && turn.ConversationId.Length > 0)
        {
            await links.LinkAsync(tenant, turn.ConversationId, data.Query.BusinessId, ct);
        }
        return new CardActionResult.ReplaceCard(await responder.BuildCardAsync(turn, BookingListRequests.From(data.Query), data.ReadyToInvoice, ct));
    }
}
