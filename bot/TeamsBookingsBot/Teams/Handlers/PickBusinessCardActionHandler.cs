using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// A business picked on the picker: the list of it replaces the picker, and "This chat is about …" links the
/// conversation first. The business comes from card data, so it must be one of the asking tenant's.
/// </summary>
internal sealed class PickBusinessCardActionHandler(
    IBusinessAccess access, IConversationBusinessLinks links, UninvoicedListResponder responder, ILogger<PickBusinessCardActionHandler> logger)
    : ICardActionHandler
{
    public Type DataType => typeof(PickBusinessActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (PickBusinessActionData)request.Data;
        if (string.IsNullOrEmpty(turn.TenantId) || !await access.ServesAsync(turn.TenantId, data.Query.BusinessId, ct))
        {
            TeamsLog.CardActionRefused(logger, data.Verb, nameof(CardActionCheck.NotFromThisChat), "the business is not served for this tenant");
            return new CardActionResult.ReplaceCard(ErrorCard.Build(ErrorCardModel.NotFromThisChat(turn.ReferenceId)));
        }
        if (data.Link && turn.ConversationId.Length > 0)
        {
            await links.LinkAsync(turn.TenantId, turn.ConversationId, data.Query.BusinessId, ct);
        }
        return new CardActionResult.ReplaceCard(await responder.BuildCardAsync(turn, BookingListRequests.From(data.Query), data.ReadyToInvoice, ct));
    }
}
