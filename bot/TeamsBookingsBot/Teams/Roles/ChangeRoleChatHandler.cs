using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// "add invoicer @Megan", "remove admin @Megan" (admins only, checked before): each @mentioned person other than the bot is
/// looked up through the Connector in this conversation (the mention's id and name are only what the client sent), then
/// given or relieved of the role. Answers with the people card, saying what happened to each.
/// </summary>
internal sealed class ChangeRoleChatHandler(ITenantRoleStore store, ConversationMembers members, RoleChanges changes, PeopleCardBuilder cards)
    : IChatCommandHandler
{
    public const string MentionSomeone = "Mention the person with @, for example: add invoicer @Megan.";

    private const int MaxMentions = 10;

    public Type CommandType => typeof(ChatCommand.ChangeRole);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        var change = (ChatCommand.ChangeRole)command;
        RolePerson admin = Admin.Of(turn);
        List<string> mentioned = [.. turn.Activity.GetMentions()
            .Select(m => m.Mentioned?.Id).OfType<string>()
            .Where(id => !string.Equals(id, turn.Activity.Recipient?.Id, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Take(MaxMentions)];
        if (mentioned.Count == 0)
        {
            await turn.SendTextAsync(MentionSomeone, ct);
            return;
        }
        var notices = new List<string>();
        foreach (string id in mentioned)
        {
            notices.Add(await (await members.FindAsync(turn, id, ct) is { } member
                ? ApplyAsync(admin, member, change, ct)
                : Task.FromResult(ChangeRoleCardActionHandler.NotHere)));
        }
        await turn.SendCardAsync(await cards.BuildAsync(turn, admin, string.Join(' ', notices), ct), ct);
    }

    private async Task<string> ApplyAsync(RolePerson admin, ConversationMember member, ChatCommand.ChangeRole change, CancellationToken ct)
    {
        TenantRole current = await store.GetRoleAsync(admin.TenantId, member.AadObjectId, ct);
        if (!change.Remove)
        {
            // An admin may already invoice: "add invoicer" never demotes one.
            return current >= change.Role
                ? $"{member.Name} is already {RoleChanges.RoleName(current)}."
                : await changes.ChangeAsync(admin, member.AadObjectId, member.Name, change.Role, ct);
        }
        return current == change.Role ? await changes.ChangeAsync(admin, member.AadObjectId, member.Name, TenantRole.Member, ct)
            : current == TenantRole.Admin ? $"{member.Name} is an admin (admins may invoice): type \"remove admin\" to take that away."
            : $"{member.Name} is not {RoleChanges.RoleName(change.Role)}.";
    }
}
