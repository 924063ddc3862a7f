namespace TeamsBookingsBot.Hosting;

/// <summary>
/// Whether the bot serves and uses its sandbox Bookings and Business Central. <c>Sandbox:Enabled</c> decides
/// when set; otherwise the sandbox is on when no Graph credentials are configured, except in Production,
/// where a forgotten setting must never show invented data. <see cref="TenantId"/> is the tenant the sandbox's
/// businesses belong to when <c>MicrosoftAppTenantId</c> names none (<see cref="ConfiguredTenant"/>).
/// </summary>
public sealed record SandboxMode(bool Enabled, string TenantId = SandboxMode.DefaultTenantId)
{
    /// <summary>The tenant of the Agents Playground (tools/playground), so a try-out there needs no set-up; <c>Sandbox:TenantId</c> overrides it.</summary>
    public const string DefaultTenantId = "11111111-2222-3333-4444-555555555555";

    public static SandboxMode From(IConfiguration configuration, IHostEnvironment environment)
    {
        string tenant = string.IsNullOrWhiteSpace(configuration["Sandbox:TenantId"]) ? DefaultTenantId : configuration["Sandbox:TenantId"]!.Trim();
        if (bool.TryParse(configuration["Sandbox:Enabled"], out bool explicitValue))
        {
            return new SandboxMode(explicitValue, tenant);
        }
        bool hasGraphCredentials = !string.IsNullOrWhiteSpace(configuration["Graph:ClientId"]);
        return new SandboxMode(!hasGraphCredentials && !environment.IsProduction(), tenant);
    }
}
