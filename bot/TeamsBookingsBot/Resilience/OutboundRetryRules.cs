namespace TeamsBookingsBot.Resilience;

/// <summary>
/// One outbound client's retry rules for <see cref="OutboundResilience"/>. What is shared is not here: the
/// Retry-After reading, exponential back-off with jitter, and that a request whose outcome is unknown (a
/// non-idempotent one that may have reached the server) is never sent again.
/// </summary>
/// <param name="Name">The pipeline's name in logs and metrics: <c>graph</c>, <c>business-central</c>, <c>connector</c>.</param>
/// <param name="MaxRetries">Retries after the first attempt; 0 turns retrying off.</param>
/// <param name="BaseDelay">The first back-off when the server names no wait; it doubles per retry, with jitter.</param>
/// <param name="MaxDelay">The longest back-off.</param>
/// <param name="MaxRetryAfter">A longer Retry-After is not waited out: the caller gets that response at once.</param>
/// <param name="AttemptTimeout">The limit for one attempt; the waits between attempts are not part of it.</param>
/// <param name="RetriesStatus">Whether a response with this status to a request with this method is sent again.</param>
internal sealed record OutboundRetryRules(
    string Name,
    int MaxRetries,
    TimeSpan BaseDelay,
    TimeSpan MaxDelay,
    TimeSpan MaxRetryAfter,
    TimeSpan AttemptTimeout,
    Func<HttpMethod, int, bool> RetriesStatus);
