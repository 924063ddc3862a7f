using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>"Setup" / "Back to setup": the overview replaces the pressed card.</summary>
internal sealed class SetupShowCardActionHandler(SetupResponder setup) : ICardActionHandler
{
    public Type DataType => typeof(SetupShowActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        turn.TenantId is { Length: > 0 } tenant
            ? new CardActionResult.ReplaceCard(await setup.OverviewAsync(tenant, notice: null, ct))
            : new CardActionResult.Message(SetupTenantMissing.Message);
}
