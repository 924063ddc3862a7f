using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// The people card of a turn: the tenant's admins and invoicers first (also those not in this conversation, so they can be
/// removed), then the conversation's other members. Names are the Connector's when the person is here, else the stored one.
/// </summary>
internal sealed class PeopleCardBuilder(ITenantRoleStore store, ConversationMembers members, ILogger<PeopleCardBuilder> logger)
{
    public const string UnknownName = "(name not known yet)";

    public async Task<AdaptiveCard> BuildAsync(TurnContext turn, RolePerson admin, string? notice, CancellationToken ct)
    {
        IReadOnlyList<TenantRoleHolder> holders = await store.ListAsync(admin.TenantId, ct);
        IReadOnlyList<ConversationMember> here = [];
        bool more = false;
        bool unavailable = false;
        try
        {
            (here, more) = await members.ListAsync(turn, ct);
        }
        catch (Exception ex) when (ex is ConnectorException or ConnectorHostNotAllowedException or HttpRequestException)
        {
            TeamsLog.MembersUnavailable(logger, ex.GetType().Name);
            unavailable = true;
        }
        Dictionary<string, ConversationMember> byAad = here.GroupBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        HashSet<string> withRole = holders.Select(h => h.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        List<PeopleCardRow> rows =
        [
            .. holders.Select(h => byAad.TryGetValue(h.AadObjectId, out ConversationMember? m)
                ? new PeopleCardRow(h.AadObjectId, m.Id, m.Name, h.Role, h.FromConfiguration)
                : new PeopleCardRow(h.AadObjectId, null, h.DisplayName ?? UnknownName, h.Role, h.FromConfiguration)),
            .. here.Where(m => !withRole.Contains(m.AadObjectId)).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(m => new PeopleCardRow(m.AadObjectId, m.Id, m.Name, TenantRole.Member, false)),
        ];
        return PeopleCard.Build(new PeopleCardModel(rows, notice, more, unavailable));
    }

    /// <summary>The name to say for a stored person who may not be in this conversation.</summary>
    public async Task<string> StoredNameAsync(RolePerson admin, string aadObjectId, CancellationToken ct) =>
        (await store.ListAsync(admin.TenantId, ct)).FirstOrDefault(h => string.Equals(h.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
            ?.DisplayName ?? "That person";
}
