namespace TeamsBookingsBot.Teams.Setup;

internal static class SetupTenantMissing
{
    /// <summary>Setup is per organization: without the tenant of the authenticated activity there is nothing it may touch.</summary>
    public const string Message =
        "I can't tell which organization this chat belongs to, so I can't show its setup. Open the setup from Microsoft Teams.";
}
