using Microsoft.Extensions.Options;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Graph;

/// <summary>Start-up checks of <see cref="GraphOptions"/>: one line per problem, naming the key.</summary>
internal sealed class GraphOptionsValidator(IOptions<BotIdentityOptions> bot) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var errors = new List<string>();
        const string s = GraphOptions.Section;
        // The app's own endpoints (a path, e.g. the sandbox's) and loopback fakes get no credential.
        bool loopback = AppAddress.IsAppRelative(options.BaseUrl)
            || (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out Uri? baseUri) && baseUri.IsLoopback);
        // A bot with no Graph settings at all starts "not connected" (the chat says so) rather than not at all;
        // once anything is configured, the rest must be too.
        bool anythingConfigured = options.Businesses.Count > 0 || !string.IsNullOrWhiteSpace(options.TenantId)
            || !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret)
            || !string.IsNullOrWhiteSpace(options.CertificatePath) || options.UseManagedIdentity;
        bool ownCredentials = !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret)
            || !string.IsNullOrWhiteSpace(options.CertificatePath) || options.UseManagedIdentity;
        if (!loopback && anythingConfigured)
        {
            if (ownCredentials)
            {
                ValidateCredentials(options, errors);
            }
            else if (!bot.Value.HasAppId)
            {
                // Without Graph:* credentials the bot's own identity calls Graph (one app registration).
                errors.Add($"Microsoft Graph needs a credential: set MicrosoftAppId with MicrosoftAppPassword, MicrosoftAppCertificatePath or MicrosoftAppType=UserAssignedMSI (the bot's own identity), or {s}:ClientId with {s}:ClientSecret or {s}:CertificatePath, or {s}:UseManagedIdentity (or enable Sandbox:Enabled).");
            }
            if (options.Businesses.Count == 0)
            {
                errors.Add($"{s}:Businesses needs at least one Bookings business ({s}:Businesses:0:Id = the booking mailbox address).");
            }
        }
        if (!string.IsNullOrWhiteSpace(options.BaseUrl) && !IsValidBaseUrl(options.BaseUrl))
        {
            errors.Add($"{s}:BaseUrl must be an absolute https URL (http only for loopback) ending with the version, e.g. {GraphOptions.DefaultBaseUrl}.");
        }
        for (int i = 0; i < options.Businesses.Count; i++)
        {
            GraphBusinessOptions b = options.Businesses[i];
            if (string.IsNullOrWhiteSpace(b.Id) || !b.Id.Contains('@', StringComparison.Ordinal))
            {
                errors.Add($"{s}:Businesses:{i}:Id must be the booking mailbox's SMTP address (e.g. contosohair@contoso.onmicrosoft.com).");
            }
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(b.TimeZone ?? "", out _))
            {
                errors.Add($"{s}:Businesses:{i}:TimeZone '{b.TimeZone}' is not a known Windows or IANA time zone.");
            }
            if (b.Currency is { Length: > 0 } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
            {
                errors.Add($"{s}:Businesses:{i}:Currency must be a three-letter ISO 4217 code such as USD.");
            }
            if (b.SyncIntervalMinutes < 1)
            {
                errors.Add($"{s}:Businesses:{i}:SyncIntervalMinutes must be at least 1.");
            }
        }
        Range(errors, "SyncWindowDaysBack", options.SyncWindowDaysBack, 0, 366);
        Range(errors, "SyncWindowDaysAhead", options.SyncWindowDaysAhead, 0, 366);
        Range(errors, "MaxConcurrentRequestsPerMailbox", options.MaxConcurrentRequestsPerMailbox, 1, GraphOptions.GraphConcurrencyLimitPerMailbox);
        Range(errors, "RetryMaxAttempts", options.RetryMaxAttempts, 0, 10);
        Range(errors, "RetryBaseDelayMs", options.RetryBaseDelayMs, 1, 60_000);
        Range(errors, "RetryMaxDelaySeconds", options.RetryMaxDelaySeconds, 1, 600);
        Range(errors, "RequestTimeoutSeconds", options.RequestTimeoutSeconds, 1, 600);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateCredentials(GraphOptions o, List<string> errors)
    {
        const string s = GraphOptions.Section;
        bool secret = !string.IsNullOrWhiteSpace(o.ClientSecret);
        bool certificate = !string.IsNullOrWhiteSpace(o.CertificatePath);
        int ways = (secret ? 1 : 0) + (certificate ? 1 : 0) + (o.UseManagedIdentity ? 1 : 0);
        if (ways == 0)
        {
            errors.Add($"{s}:ClientSecret, {s}:CertificatePath or {s}:UseManagedIdentity is required to call Microsoft Graph (or enable Sandbox:Enabled).");
        }
        else if (ways > 1)
        {
            errors.Add($"{s}:ClientSecret, {s}:CertificatePath and {s}:UseManagedIdentity are alternatives: set only one.");
        }
        if (o.UseManagedIdentity)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(o.ClientId))
        {
            errors.Add($"{s}:ClientId is required (the application id of the app registration).");
        }
        if (certificate && !File.Exists(o.CertificatePath))
        {
            errors.Add($"{s}:CertificatePath '{o.CertificatePath}' does not exist.");
        }
    }

    private static bool IsValidBaseUrl(string value)
    {
        string? path = AppAddress.IsAppRelative(value) ? value
            : Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
                && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) ? uri.AbsolutePath
            : null;
        return path is not null
            && (path.TrimEnd('/').EndsWith("/v1.0", StringComparison.Ordinal) || path.TrimEnd('/').EndsWith("/beta", StringComparison.Ordinal));
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{GraphOptions.Section}:{key} must be between {min} and {max} (was {value}).");
        }
    }
}
