using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Invoicing;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>"Save": the saved card, or the form again with a sentence next to each wrong field (nothing saved).</summary>
internal sealed class SetupSaveCardActionHandler(SetupResponder setup) : ICardActionHandler
{
    public Type DataType => typeof(SetupSaveActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        turn.TenantId is { Length: > 0 } tenant
            ? new CardActionResult.ReplaceCard(await setup.SaveAsync(tenant, (SetupSaveActionData)request.Data, request.Inputs, InvoicingActors.From(turn), ct))
            : new CardActionResult.Message(SetupTenantMissing.Message);
}
