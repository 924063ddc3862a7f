using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// The conversation's members from the Connector: every page of <c>pagedmembers</c> (up to <see cref="MaxMembers"/>; a big
/// team's card could not show more) and single lookups, which are what vouches for a person before a role is given.
/// </summary>
internal sealed class ConversationMembers
{
    public const int MaxMembers = 500;

    private const int PageSize = 100;

    /// <summary>The members, and whether more were left unread.</summary>
    public async Task<(IReadOnlyList<ConversationMember> Members, bool More)> ListAsync(TurnContext turn, CancellationToken ct)
    {
        var members = new List<ConversationMember>();
        string? token = null;
        do
        {
            PagedMembersResult page = await turn.GetMembersPageAsync(PageSize, token, ct);
            members.AddRange(page.Members.Select(ConversationMember.From).OfType<ConversationMember>());
            token = page.ContinuationToken;
        }
        while (token is not null && members.Count < MaxMembers);
        return (members, token is not null);
    }

    /// <summary>The member with Teams id <paramref name="memberId"/>, or null when the Connector says they are not in this conversation.</summary>
    public async Task<ConversationMember?> FindAsync(TurnContext turn, string memberId, CancellationToken ct)
    {
        try
        {
            return ConversationMember.From(await turn.GetMemberAsync(memberId, ct));
        }
        catch (ConnectorException ex) when (ex.StatusCode is 400 or 403 or 404)
        {
            return null;
        }
    }
}
