namespace TeamsBookingsBot.Hosting;

/// <summary>
/// Whether the bot serves and uses its sandbox Bookings and Business Central. <c>Sandbox:Enabled</c> decides
/// when set; otherwise the sandbox is on when no Graph credentials are configured, except in Production,
/// where a forgotten setting must never show invented data.
/// </summary>
public sealed record SandboxMode(bool Enabled)
{
    public static SandboxMode From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (bool.TryParse(configuration["Sandbox:Enabled"], out bool explicitValue))
        {
            return new SandboxMode(explicitValue);
        }
        bool hasGraphCredentials = !string.IsNullOrWhiteSpace(configuration["Graph:ClientId"]);
        return new SandboxMode(!hasGraphCredentials && !environment.IsProduction());
    }
}
