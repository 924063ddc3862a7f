using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Resilience;

/// <summary>
/// The one resilience mechanism of the three outbound clients (Graph, Business Central, Bot Connector): a Polly
/// retry around a per-attempt timeout, on the app's <see cref="TimeProvider"/> (so every wait is a timer on it),
/// with <see cref="RetryAfterHeader"/>'s reading of the server's wait and each client's <see cref="OutboundRetryRules"/>.
/// </summary>
internal static class OutboundResilience
{
    /// <summary>Adds the retry (outside) and the attempt timeout (inside) to <paramref name="builder"/>.</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddOutboundRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, OutboundRetryRules rules, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        if (rules.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = rules.Name + "-retry",
                MaxRetryAttempts = rules.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = rules.BaseDelay,
                MaxDelay = rules.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), rules, time, logger)),
                // The server's wait wins over the back-off; without one (null) Polly backs off.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    HttpRequestMessage? request = args.Context.GetRequestMessage();
                    logger.OutboundRetrying(args.Outcome.Exception, rules.Name, request?.Method.Method ?? "?", request?.RequestUri?.Host ?? "?",
                        args.Outcome.Result is { } r ? (int)r.StatusCode : null, args.AttemptNumber + 1, rules.MaxRetries,
                        (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }
        builder.AddTimeout(new TimeoutStrategyOptions { Name = rules.Name + "-attempt-timeout", Timeout = rules.AttemptTimeout });
        return builder;
    }

    /// <summary>GET, HEAD, PUT, DELETE, OPTIONS and TRACE do the same when repeated (RFC 9110 §9.2.2).</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete
        || method == HttpMethod.Options || method == HttpMethod.Trace;

    /// <summary>Failures while resolving or connecting happen before any request byte is written: even a POST may go again.</summary>
    public static bool NothingWasSent(Exception ex) =>
        ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError };

    /// <summary>No answer came: the connection failed or the attempt timed out (not the caller cancelling).</summary>
    public static bool IsTransportFailure(Exception ex) => ex is HttpRequestException or TimeoutRejectedException;

    private static bool ShouldRetry(
        Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, OutboundRetryRules rules, TimeProvider time, ILogger logger)
    {
        HttpMethod method = request?.Method ?? HttpMethod.Post;
        if (outcome.Exception is { } ex)
        {
            // A request that may have reached the server is never sent again unless repeating it is harmless.
            return IsTransportFailure(ex) && (IsIdempotent(method) || NothingWasSent(ex));
        }
        if (outcome.Result is not { } response || !rules.RetriesStatus(method, (int)response.StatusCode))
        {
            return false;
        }
        TimeSpan? retryAfter = RetryAfterHeader.Read(response, time.GetUtcNow());
        if (retryAfter > rules.MaxRetryAfter)
        {
            logger.OutboundRetryAfterTooLong(rules.Name, method.Method, request?.RequestUri?.Host ?? "?", (int)response.StatusCode,
                (long)retryAfter.Value.TotalMilliseconds, (long)rules.MaxRetryAfter.TotalMilliseconds);
            return false;
        }
        return true;
    }
}
