namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// The Connector answered with a non-success status. Carries the Connector's <c>error.code</c> and
/// <c>error.message</c> when the body had them; never the request's token.
/// </summary>
public sealed class ConnectorException(
    string method, string host, int statusCode, string? errorCode, string? errorMessage, TimeSpan? retryAfter = null)
    : Exception(Describe(method, host, statusCode, errorCode, errorMessage))
{
    public string Method { get; } = method;

    public string Host { get; } = host;

    public int StatusCode { get; } = statusCode;

    /// <summary>e.g. <c>BotNotInConversationRoster</c>, <c>ConversationBlockedByUser</c>, <c>DeleteActivityAPINotImplemented</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    public string? ErrorMessage { get; } = errorMessage;

    /// <summary>Set when a 429/503 asked for a longer wait than we are willing to sit out in-line.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    private static string Describe(string method, string host, int statusCode, string? errorCode, string? errorMessage) =>
        $"Connector {method} to {host} failed with {statusCode}"
        + (errorCode is null ? "" : $" ({errorCode})")
        + (errorMessage is null ? "." : $": {errorMessage}");
}
