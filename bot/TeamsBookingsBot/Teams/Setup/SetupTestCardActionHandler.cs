using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>
/// "Test connection": the report is posted as a new card, so the form stays as typed (a replaced card would lose what
/// the admin typed but did not save). From the report itself ("Test again") it tests the stored setup.
/// </summary>
internal sealed class SetupTestCardActionHandler(SetupResponder setup) : ICardActionHandler
{
    public Type DataType => typeof(SetupTestActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        if (turn.TenantId is not { Length: > 0 } tenant)
        {
            return new CardActionResult.Message(SetupTenantMissing.Message);
        }
        var data = (SetupTestActionData)request.Data;
        return new CardActionResult.PostCard(await setup.TestAsync(tenant, data.BusinessId, request.Inputs, ct), "Here is what I found.");
    }
}
