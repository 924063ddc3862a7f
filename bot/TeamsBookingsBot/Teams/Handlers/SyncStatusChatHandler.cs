using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>"sync status": when each business was last fetched and how it went.</summary>
internal sealed class SyncStatusChatHandler(SyncResponder sync) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.SyncStatus);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct) =>
        await turn.SendCardAsync(await sync.BuildStatusCardAsync(turn.TenantId, ct), ct);
}
