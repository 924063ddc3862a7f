using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>Fails start-up on Bot options the Connector client cannot use safely.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ConnectorScope))
        {
            failures.Add("Bot:ConnectorScope is required.");
        }
        if (!Uri.TryCreate(options.LoginAuthorityHost, UriKind.Absolute, out Uri? authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Bot:LoginAuthorityHost must be an absolute https URL.");
        }
        foreach (string pattern in options.OutboundHostAllowList)
        {
            if (!IsHostPattern(pattern))
            {
                failures.Add($"Bot:OutboundHostAllowList entry '{pattern}' must be a host name or '*.' followed by one.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // A scheme, path or stray wildcard would silently never match; say so at start-up instead.
    private static bool IsHostPattern(string pattern)
    {
        string host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return Uri.CheckHostName(host) != UriHostNameType.Unknown && !host.Contains('*', StringComparison.Ordinal);
    }
}
