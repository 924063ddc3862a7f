namespace TeamsBookingsBot.Hosting;

/// <summary>
/// The tenant that what configuration sets up belongs to (the businesses of <c>Graph:Businesses</c>, <c>Bot:Admins</c>):
/// <c>MicrosoftAppTenantId</c>, the bot's own tenant, else the sandbox's tenant while the sandbox is on. With neither,
/// configuration names no tenant and sets nothing up: the businesses are then set up from Teams. The id is given in lower
/// case, as <c>ActivityTenant</c> gives an activity's, so rows stored for it match the activities of that tenant.
/// </summary>
public static class ConfiguredTenant
{
    public static string? From(IConfiguration configuration, IHostEnvironment environment)
    {
        string? appTenant = configuration["MicrosoftAppTenantId"];
        if (!string.IsNullOrWhiteSpace(appTenant))
        {
            return appTenant.Trim().ToLowerInvariant();
        }
        SandboxMode sandbox = SandboxMode.From(configuration, environment);
        return sandbox.Enabled ? sandbox.TenantId.ToLowerInvariant() : null;
    }
}
