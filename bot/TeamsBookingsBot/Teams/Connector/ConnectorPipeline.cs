using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Sends one Connector request: host guard, bearer token, retries (spec §2.3) and error mapping.
/// Each attempt builds a fresh request because an <see cref="HttpRequestMessage"/> cannot be sent twice.
/// </summary>
internal sealed class ConnectorPipeline(
    HttpClient http,
    IBotTokenProvider tokens,
    ConnectorHostPolicy hosts,
    ConnectorRetryPolicy retry,
    TimeProvider time,
    ILogger<ConnectorPipeline> logger)
{
    private const int MaxErrorMessageLength = 500;

    public async Task<JsonNode?> SendAsync(HttpMethod method, Uri uri, JsonNode? body, CancellationToken ct)
    {
        string verb = method.Method;
        string host = uri.Host;
        if (!hosts.IsAllowed(uri))
        {
            logger.ConnectorHostRefused(verb, uri.Scheme, host);
            throw new ConnectorHostNotAllowedException(host, uri.Scheme);
        }
        string? payload = body?.ToJsonString();
        bool forceRefresh = false;
        bool refreshed = false;
        int failures = 0;
        for (int attempt = 1; ; attempt++)
        {
            using HttpRequestMessage request = await CreateRequestAsync(method, uri, payload, forceRefresh, ct);
            forceRefresh = false;
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (Exception ex) when (IsTransportFailure(ex, ct))
            {
                if (method == HttpMethod.Post && !NothingWasSent(ex))
                {
                    logger.ConnectorOutcomeUnknown(verb, host, attempt, ex);
                    throw new ConnectorOutcomeUnknownException(verb, host, ex);
                }
                if (++failures >= retry.MaxAttempts)
                {
                    throw;
                }
                TimeSpan backoff = retry.Backoff(failures, Random.Shared.NextDouble());
                logger.ConnectorTransportRetrying(verb, host, attempt, (long)backoff.TotalMilliseconds, ex);
                await Task.Delay(backoff, time, ct);
                continue;
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                logger.ConnectorResponded(verb, host, status, attempt);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadBodyAsync(response, ct);
                }
                if (status == 401 && !tokens.IsAnonymous && !refreshed)
                {
                    logger.ConnectorUnauthorizedRefreshing(verb, host, attempt);
                    refreshed = forceRefresh = true;
                    continue;
                }
                TimeSpan? retryAfter = ReadRetryAfter(response);
                bool waitable = retryAfter is null || retryAfter <= retry.MaxRetryAfter;
                if (ConnectorRetryPolicy.IsRetryable(status) && waitable && ++failures < retry.MaxAttempts)
                {
                    TimeSpan delay = retryAfter ?? retry.Backoff(failures, Random.Shared.NextDouble());
                    logger.ConnectorRetrying(verb, host, status, attempt, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, time, ct);
                    continue;
                }
                ConnectorException error = await ReadErrorAsync(response, verb, host, retryAfter, ct);
                logger.ConnectorFailed(verb, host, status, error.ErrorCode, attempt);
                throw error;
            }
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(
        HttpMethod method, Uri uri, string? payload, bool forceRefresh, CancellationToken ct)
    {
        HttpRequestMessage request = new(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (payload is not null)
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        }
        if (!tokens.IsAnonymous)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(forceRefresh, ct));
        }
        return request;
    }

    // HttpClient reports its own timeout as a cancellation; only the caller's token means "stop".
    private static bool IsTransportFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested);

    // Failures while resolving or connecting happen before any request byte is written, so even a POST is safe to repeat.
    private static bool NothingWasSent(Exception ex) =>
        ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError };

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Retry-After", out HeaderStringValues values)
            && RetryAfter.TryParse(values.ToString(), time.GetUtcNow(), out TimeSpan delay)
            ? delay
            : null;

    private static async Task<JsonNode?> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // The call succeeded; throwing here would invite a retry that posts the message twice.
            return null;
        }
    }

    private static async Task<ConnectorException> ReadErrorAsync(
        HttpResponseMessage response, string verb, string host, TimeSpan? retryAfter, CancellationToken ct)
    {
        JsonNode? error = (await ReadBodyAsync(response, ct)) is JsonObject body ? body["error"] : null;
        string? code = error is JsonObject e && e["code"] is JsonValue c && c.TryGetValue(out string? s) ? s : null;
        string? message = error is JsonObject m && m["message"] is JsonValue v && v.TryGetValue(out string? t) ? t : null;
        if (message is { Length: > MaxErrorMessageLength })
        {
            message = message[..MaxErrorMessageLength];
        }
        return new ConnectorException(verb, host, (int)response.StatusCode, code, message, retryAfter);
    }
}
