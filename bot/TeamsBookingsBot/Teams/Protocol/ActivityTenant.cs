namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>
/// The one rule for an activity's tenant, used by the tenant allow-list, the turn and the stored conversation
/// reference. Teams sends the tenant twice, as <c>conversation.tenantId</c> and <c>channelData.tenant.id</c>; either
/// may be missing. When both are there they must name the same tenant (compared ignoring case, as tenant ids are
/// GUIDs): an activity whose two fields disagree is refused, because a check that reads one field and an action
/// that reads the other could then be about different tenants. The id is given in lower case, so that every store
/// keyed or filtered by tenant compares it exactly.
/// </summary>
public sealed record ActivityTenant(string? Id, bool IsConflicting)
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static ActivityTenant Of(Activity activity)
    {
        string? conversation = Text(activity.Conversation?.TenantId);
        string? channelData = Text(activity.GetTeamsChannelData().TenantId);
        if (conversation is not null && channelData is not null && !Comparer.Equals(conversation, channelData))
        {
            return new ActivityTenant(null, IsConflicting: true);
        }
        return new ActivityTenant((conversation ?? channelData)?.ToLowerInvariant(), IsConflicting: false);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
