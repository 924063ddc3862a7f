namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>
/// What makes a well-formed JSON activity unusable, checked before authentication like a malformed body
/// (protocol spec §1.1): the reason goes back in a 400, so a caller learns what was wrong with what it sent.
/// </summary>
public static class ActivityDefects
{
    /// <returns>The reason the activity is refused, or null when it can be handled.</returns>
    public static string? Find(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no serviceUrl.";
        }
        if (!IsAbsoluteHttpUrl(activity.ServiceUrl))
        {
            return "The activity's serviceUrl is not an absolute http or https URL.";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation id.";
        }
        if (ActivityTenant.Of(activity).IsConflicting)
        {
            return "The activity's conversation.tenantId and channelData.tenant.id name different tenants.";
        }
        return null;
    }

    // Replies go to serviceUrl + "v3/...": anything but http(s) with a host would make the Connector call fail later.
    private static bool IsAbsoluteHttpUrl(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
