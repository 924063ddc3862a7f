using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Retry limits for Connector calls (protocol spec §2.3), run by the shared resilience pipeline
/// (<see cref="OutboundResilience"/>). Registered as a singleton so a host can change them.
/// </summary>
public sealed record ConnectorRetryPolicy
{
    /// <summary>Attempts per call, counting the first; a 401 token refresh adds one more.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A longer Retry-After is not waited out: the caller gets the 429 and can reschedule the work.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The limit for one attempt. A POST that reaches it has an unknown outcome and is not sent again.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    // 429/412/502/504 are the statuses Teams documents as transient; 503 is our addition.
    public static bool IsRetryable(int statusCode) => statusCode is 429 or 412 or 502 or 503 or 504;

    internal OutboundRetryRules Rules => new(
        "connector", MaxAttempts - 1, BaseDelay, MaxDelay, MaxRetryAfter, AttemptTimeout, (_, status) => IsRetryable(status));
}
