using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// A button of the people card. Its data is untrusted: giving a role needs the Connector to confirm that the Teams id on the
/// button is in this conversation and is the person the button names; the tenant is the activity's. Taking a role away
/// works for anyone of the tenant. The card is redrawn with what happened.
/// </summary>
internal sealed class ChangeRoleCardActionHandler(ITenantRoleStore store, ConversationMembers members, RoleChanges changes, PeopleCardBuilder cards)
    : ICardActionHandler
{
    public const string NotHere = "I can't find that person in this conversation any more.";

    public Type DataType => typeof(ChangeRoleActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ChangeRoleActionData)request.Data;
        RolePerson admin = Admin.Of(turn);
        TenantRole current = await store.GetRoleAsync(admin.TenantId, data.AadObjectId, ct);
        string notice;
        if (data.Role > current)
        {
            ConversationMember? member = data.MemberId is null ? null : await members.FindAsync(turn, data.MemberId, ct);
            notice = member is not null && string.Equals(member.AadObjectId, data.AadObjectId, StringComparison.OrdinalIgnoreCase)
                ? await changes.ChangeAsync(admin, member.AadObjectId, member.Name, data.Role, ct)
                : NotHere;
        }
        else
        {
            notice = await changes.ChangeAsync(admin, data.AadObjectId, await cards.StoredNameAsync(admin, data.AadObjectId, ct), data.Role, ct);
        }
        return new CardActionResult.ReplaceCard(await cards.BuildAsync(turn, admin, notice, ct));
    }
}
