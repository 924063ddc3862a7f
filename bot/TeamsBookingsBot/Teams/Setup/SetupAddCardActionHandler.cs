using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>"Add a Bookings business": the pick card replaces the overview.</summary>
internal sealed class SetupAddCardActionHandler(SetupResponder setup) : ICardActionHandler
{
    public Type DataType => typeof(SetupAddActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        turn.TenantId is { Length: > 0 } tenant
            ? new CardActionResult.ReplaceCard(await setup.PickAsync(tenant, problem: null, ct))
            : new CardActionResult.Message(SetupTenantMissing.Message);
}
