using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>The "Sync status" button: posts the status card; the pressed card stays.</summary>
internal sealed class SyncStatusCardActionHandler(SyncResponder sync) : ICardActionHandler
{
    public Type DataType => typeof(SyncStatusActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        new CardActionResult.PostCard(await sync.BuildStatusCardAsync(turn.TenantId, ct), "Here is the sync status.");
}
