using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>
/// "Continue" on the pick card (the business from its inputs), "Edit" on the overview, and "Show the companies of
/// this environment" on the form (the form again, as typed, with the companies of the typed environment).
/// </summary>
internal sealed class SetupEditCardActionHandler(SetupResponder setup) : ICardActionHandler
{
    public Type DataType => typeof(SetupEditActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        if (turn.TenantId is not { Length: > 0 } tenant)
        {
            return new CardActionResult.Message(SetupTenantMissing.Message);
        }
        var data = (SetupEditActionData)request.Data;
        string? businessId = data.BusinessId ?? Picked(request);
        if (businessId is null)
        {
            return new CardActionResult.ReplaceCard(await setup.PickAsync(tenant,
                "Pick a Bookings business, or type its booking mailbox address (for example salon@contoso.onmicrosoft.com).", ct));
        }
        return new CardActionResult.ReplaceCard(await setup.EditAsync(tenant, businessId, data.KeepInputs ? request.Inputs : null, ct));
    }

    // A typed address wins over the pick: typing is the deliberate act when both are filled.
    private static string? Picked(CardActionRequest request)
    {
        string? typed = request.Inputs.GetValueOrDefault(SetupInputIds.TypedMailbox)?.Trim();
        string? picked = request.Inputs.GetValueOrDefault(SetupInputIds.PickedBusiness)?.Trim();
        string? chosen = string.IsNullOrEmpty(typed) ? picked : typed;
        return SetupInputIds.IsMailbox(chosen) ? chosen : null;
    }
}
