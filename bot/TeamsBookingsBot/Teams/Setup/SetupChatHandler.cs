using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>"setup": the overview of the tenant's Bookings businesses, or the pick card when none is connected yet.</summary>
internal sealed class SetupChatHandler(SetupResponder setup) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.Setup);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        if (turn.TenantId is not { Length: > 0 } tenant)
        {
            await turn.SendTextAsync(SetupTenantMissing.Message, ct);
            return;
        }
        await turn.SendCardAsync(await setup.OverviewAsync(tenant, notice: null, ct), ct);
    }
}
