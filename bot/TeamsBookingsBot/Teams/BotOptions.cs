namespace TeamsBookingsBot.Teams;

/// <summary>
/// Bot Framework endpoints and guards (section <c>Bot</c>). Defaults are the public cloud;
/// a sovereign cloud or a test points them elsewhere.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Only honoured in the Development environment, with a start-up warning.</summary>
    public bool AllowUnauthenticated { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority host for outbound tokens; the tenant (or botframework.com) is appended.</summary>
    public string LoginAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts our Connector token may be sent to (https only). "*.x" matches subdomains.</summary>
    public List<string> OutboundHostAllowList { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "*.botframework.azure.us",
        "*.botframework.azure.cn",
    ];

    /// <summary>Allows http and loopback service URLs (Agents Playground, tests). Never in production.</summary>
    public bool AllowLoopbackServiceUrls { get; set; }

    /// <summary>Entra app ids allowed to call with Entra-issued tokens; empty = that path is off.</summary>
    public List<string> AllowedEntraCallers { get; set; } = [];

    /// <summary>Optional tenant allow-list checked against the activity's tenant id.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// Entra object ids of the admins (<c>Bot:Admins:0</c>, ...). When any is named only they are admins from configuration,
    /// and nobody becomes admin by completing the first setup or by using the sandbox first.
    /// </summary>
    public List<string> Admins { get; set; } = [];
}
