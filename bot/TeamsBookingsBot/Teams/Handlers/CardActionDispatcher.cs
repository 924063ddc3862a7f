using System.Text.Json;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Roles;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Turns a button press into a call of the handler for its data type, and its result into what the
/// channel expects: an invoke response for Action.Execute, or an update of the card for the Action.Submit fallback
/// (which cannot return a card in its HTTP response).
/// </summary>
internal sealed class CardActionDispatcher(IEnumerable<ICardActionHandler> handlers, CardActionGuard guard, RoleRefusal refusals)
{
    private const string OutOfDate = "This card is out of date. Type \"show uninvoiced bookings\" to get a fresh list.";

    // The last registration for a data type wins, as with any DI service.
    private readonly Dictionary<Type, ICardActionHandler> byType = handlers.GroupBy(h => h.DataType).ToDictionary(g => g.Key, g => g.Last());

    public async Task<InvokeResponse> OnExecuteAsync(TurnContext turn, CancellationToken ct)
    {
        JsonElement? value = turn.Activity.Value;
        if (value is not { ValueKind: JsonValueKind.Object } invokeValue
            || !invokeValue.TryGetProperty("action", out JsonElement action)
            || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out JsonElement type)
            || type.GetString() != "Action.Execute")
        {
            return AdaptiveCardInvokeResponse.CreateBadRequestResponse("The invoke has no Action.Execute action.");
        }
        if (!CardActionParser.TryParse(invokeValue, out CardActionRequest? request))
        {
            return AdaptiveCardInvokeResponse.CreateMessageResponse(OutOfDate);
        }
        CardActionResult result = await DispatchAsync(turn, request, ct);
        switch (result)
        {
            case CardActionResult.ReplaceCard replace:
                return AdaptiveCardInvokeResponse.CreateCardResponse(replace.Card.Json);
            case CardActionResult.PostCard post:
                await turn.SendCardAsync(post.Card, ct);
                return AdaptiveCardInvokeResponse.CreateMessageResponse(post.Acknowledgement);
            case CardActionResult.Message message:
                return AdaptiveCardInvokeResponse.CreateMessageResponse(message.Text);
            default:
                throw new InvalidOperationException("Unknown card action result " + result.GetType().Name);
        }
    }

    /// <summary>The Action.Submit fallback: a message whose value is the button's data.</summary>
    public async Task OnSubmitAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Value is not { } value || !CardActionParser.TryParse(value, out CardActionRequest? request))
        {
            await turn.SendTextAsync(OutOfDate, ct);
            return;
        }
        CardActionResult result = await DispatchAsync(turn, request, ct);
        switch (result)
        {
            case CardActionResult.ReplaceCard replace when !string.IsNullOrEmpty(turn.Activity.ReplyToId):
                await turn.UpdateCardAsync(turn.Activity.ReplyToId, replace.Card, ct);
                break;
            case CardActionResult.ReplaceCard replace:
                await turn.SendCardAsync(replace.Card, ct);
                break;
            case CardActionResult.PostCard post:
                await turn.SendCardAsync(post.Card, ct);
                break;
            case CardActionResult.Message message:
                await turn.SendTextAsync(message.Text, ct);
                break;
        }
    }

    // The guard runs before any handler, so no handler reads or changes what another chat made.
    private async Task<CardActionResult> DispatchAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        CardActionVerdict verdict = await guard.CheckAsync(turn, request.Data, ct);
        switch (verdict.Check)
        {
            case CardActionCheck.NotFromThisChat:
                return new CardActionResult.ReplaceCard(ErrorCard.Build(ErrorCardModel.NotFromThisChat(turn.ReferenceId)));
            case CardActionCheck.OutOfDate:
                return new CardActionResult.Message(OutOfDate);
            case CardActionCheck.RoleRefused when verdict.Refusal is { } refusal:
                // Posted, not replacing the pressed card: in a group chat the card stays usable for those who may use it.
                return new CardActionResult.PostCard(await refusals.BuildAsync(refusal, ct), RoleRefusal.Acknowledgement(refusal));
        }
        return byType.TryGetValue(request.Data.GetType(), out ICardActionHandler? handler)
            ? await handler.HandleAsync(turn, request, ct)
            : new CardActionResult.PostCard(HelpCard.Build(HelpCardModel.Plain), "Here is what I can do.");
    }
}
