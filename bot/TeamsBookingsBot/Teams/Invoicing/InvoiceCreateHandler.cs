using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>"Confirm — create N drafts" on the preview. Pressing it again shows the same drafts: runs are idempotent.</summary>
internal sealed class InvoiceCreateHandler(InvoiceRunCoordinator coordinator, TimeProvider time) : ICardActionHandler
{
    public Type DataType => typeof(InvoiceCreateActionData);

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        long startedAt = time.GetTimestamp();
        var data = (InvoiceCreateActionData)request.Data;
        return coordinator.ConfirmAsync(turn, data.RunId, data.DraftCount, data.Query, startedAt, ct);
    }
}
