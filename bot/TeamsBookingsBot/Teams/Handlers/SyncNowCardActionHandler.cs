using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>The "Sync now" button: a short answer, the pressed card stays.</summary>
internal sealed class SyncNowCardActionHandler(SyncResponder sync) : ICardActionHandler
{
    public Type DataType => typeof(SyncNowActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        new CardActionResult.Message(await sync.RequestSyncAsync(turn.TenantId, ct));
}
