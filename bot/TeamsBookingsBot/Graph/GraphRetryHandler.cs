using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// Replaces Kiota's RetryHandler in the Graph pipeline. Kiota reads Retry-After only as whole seconds, so
/// Graph's documented decimal value (2.128) falls back to a fixed 3 s on every attempt, and a 5.5 s value is
/// retried too early (graph-sdk-notes §4). Here Retry-After is waited out exactly (decimal seconds or HTTP
/// date); without it the wait is exponential with jitter; both are bounded. Waits use the injected
/// TimeProvider and happen outside <see cref="PerMailboxConcurrencyHandler"/>, so they hold no slot.
/// When retries run out the last response is returned, and Kiota raises it as an ODataError.
/// </summary>
internal sealed class GraphRetryHandler(GraphOptions options, TimeProvider time, ILogger logger) : DelegatingHandler
{
    private const string RetryAttemptHeader = "Retry-Attempt";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Only reads are retried: a repeated write could apply twice.
        bool idempotent = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
        for (int retry = 0; ; retry++)
        {
            if (retry > 0)
            {
                request.Headers.Remove(RetryAttemptHeader);
                request.Headers.TryAddWithoutValidation(RetryAttemptHeader, retry.ToString(CultureInfo.InvariantCulture));
            }
            HttpResponseMessage response = await SendAttemptAsync(request, cancellationToken);
            if (!idempotent || !IsRetryable(response.StatusCode))
            {
                return response;
            }
            int status = (int)response.StatusCode;
            string mailbox = GraphMailbox.ForLog(request.RequestUri);
            if (retry >= options.RetryMaxAttempts)
            {
                logger.RetriesExhausted(mailbox, status, retry);
                return response;
            }
            TimeSpan maxDelay = TimeSpan.FromSeconds(options.RetryMaxDelaySeconds);
            TimeSpan? retryAfter = ReadRetryAfter(response, time.GetUtcNow());
            if (retryAfter > maxDelay)
            {
                logger.RetryAfterTooLong(mailbox, status, (long)retryAfter.Value.TotalMilliseconds, (long)maxDelay.TotalMilliseconds);
                return response;
            }
            TimeSpan delay = retryAfter ?? Backoff(retry, maxDelay);
            logger.Retrying(mailbox, status, retry + 1, options.RetryMaxAttempts, (long)delay.TotalMilliseconds,
                retryAfter is null ? "backoff" : "Retry-After");
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.RequestTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.AttemptTimedOut(GraphMailbox.ForLog(request.RequestUri), options.RequestTimeoutSeconds);
            throw new TimeoutException($"Microsoft Graph did not answer within {options.RequestTimeoutSeconds} s.", ex);
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After as delta seconds (decimals allowed, as Graph sends them) or an HTTP date.</summary>
    internal static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        // The typed header rejects "2.128", so read the raw value.
        if (!response.Headers.NonValidated.TryGetValues("Retry-After", out HeaderStringValues values))
        {
            return null;
        }
        string raw = values.FirstOrDefault()?.Trim() ?? "";
        if (double.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParseExact(raw, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            TimeSpan wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private TimeSpan Backoff(int retry, TimeSpan maxDelay)
    {
        double full = Math.Min(options.RetryBaseDelayMs * Math.Pow(2, retry), maxDelay.TotalMilliseconds);
        // "Equal jitter": at least half the backoff, so parallel callers spread out but still back off.
        return TimeSpan.FromMilliseconds(full / 2 + Random.Shared.NextDouble() * full / 2);
    }
}
