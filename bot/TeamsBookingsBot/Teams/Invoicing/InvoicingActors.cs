using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

internal static class InvoicingActors
{
    // Teams always sends the Entra object id; the Agents Playground and the Action.Submit path of old clients may
    // not, and the audit must still name someone: the channel's user id is the next most stable key.
    public static InvoicingActor From(TurnContext turn) => new(
        turn.UserAadObjectId ?? turn.Activity.From?.Id ?? "unknown",
        turn.Activity.From?.Name,
        turn.ConversationId,
        turn.TenantId);
}
