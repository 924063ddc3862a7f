using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>"sync now": asks for the sync and answers at once; the turn never waits for Graph.</summary>
internal sealed class SyncNowChatHandler(SyncResponder sync) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.SyncNow);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct) =>
        await turn.SendTextAsync(await sync.RequestSyncAsync(turn.TenantId, ct), ct);
}
