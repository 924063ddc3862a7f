using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// The settings that point the bot at the in-app sandboxes, for whatever the configuration leaves open. The base
/// URLs are paths: the bot puts its own address in front once it listens (it is not known before).
/// </summary>
public static class SandboxConfiguration
{
    public const string GraphBaseUrl = SandboxGraphExtensions.Prefix + "/v1.0";

    public const string BusinessCentralBaseUrl = BusinessCentralSandboxExtensions.DefaultPrefix;

    public const string BusinessCentralWebClientBaseUrl = SandboxBcWebClient.DefaultPrefix;

    public static Dictionary<string, string?> Defaults(IConfiguration configuration)
    {
        Dictionary<string, string?> defaults = [];
        if (string.IsNullOrWhiteSpace(configuration["Graph:BaseUrl"]))
        {
            defaults["Graph:BaseUrl"] = GraphBaseUrl;
        }
        if (!configuration.GetSection("Graph:Businesses").GetChildren().Any())
        {
            foreach ((string key, string? value) in SandboxBookingsData.BusinessSettings("Graph:Businesses:0"))
            {
                defaults[key] = value;
            }
        }
        // A configured Business Central is used as configured; otherwise the sandbox's, with its company.
        if (string.IsNullOrWhiteSpace(configuration["BusinessCentral:BaseUrl"]))
        {
            defaults["BusinessCentral:BaseUrl"] = BusinessCentralBaseUrl;
            // "Open in Business Central" then opens the sandbox's own page of the draft: it exists nowhere else.
            if (string.IsNullOrWhiteSpace(configuration["BusinessCentral:WebClientBaseUrl"]))
            {
                defaults["BusinessCentral:WebClientBaseUrl"] = BusinessCentralWebClientBaseUrl;
            }
            if (string.IsNullOrWhiteSpace(configuration["BusinessCentral:CompanyId"]) && string.IsNullOrWhiteSpace(configuration["BusinessCentral:CompanyName"]))
            {
                defaults["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName;
            }
        }
        return defaults;
    }
}
