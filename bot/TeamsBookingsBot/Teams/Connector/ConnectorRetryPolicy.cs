namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Retry limits for Connector calls (protocol spec §2.3). Registered as a singleton so tests can shorten the back-off.
/// </summary>
public sealed record ConnectorRetryPolicy
{
    /// <summary>Attempts per call, counting the first; a 401 token refresh adds one more.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A longer Retry-After is not waited out: the caller gets the 429 and can reschedule the work.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    // 429/412/502/504 are the statuses Teams documents as transient; 503 is our addition.
    public static bool IsRetryable(int statusCode) => statusCode is 429 or 412 or 502 or 503 or 504;

    /// <summary>Full jitter: uniform in [0, min(MaxDelay, BaseDelay * 2^(attempt-1))].</summary>
    public TimeSpan Backoff(int attempt, double random)
    {
        double ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromMilliseconds(ceiling * Math.Clamp(random, 0, 1));
    }
}
