using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Sends one Connector request: host guard, bearer token, one forced token refresh on 401, error mapping. Every
/// other retry (spec §2.3) happens inside the HttpClient, in the shared resilience pipeline
/// (<see cref="ConnectorRetryPolicy"/>); a POST whose outcome is unknown is never sent again.
/// </summary>
internal sealed class ConnectorPipeline(
    HttpClient http,
    IBotTokenProvider tokens,
    ConnectorHostPolicy hosts,
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
        for (int attempt = 1; ; attempt++)
        {
            // An HttpRequestMessage cannot be sent twice by HttpClient: the refresh builds a new one.
            bool forceRefresh = attempt > 1;
            using HttpRequestMessage request = await CreateRequestAsync(method, uri, payload, forceRefresh, ct);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (Exception ex) when (OutboundResilience.IsTransportFailure(ex) && !ct.IsCancellationRequested)
            {
                if (!OutboundResilience.IsIdempotent(method) && !OutboundResilience.NothingWasSent(ex))
                {
                    logger.ConnectorOutcomeUnknown(verb, host, attempt, ex);
                    throw new ConnectorOutcomeUnknownException(verb, host, ex);
                }
                throw ex as HttpRequestException ?? new HttpRequestException($"The Connector at {host} did not answer in time.", ex);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                logger.ConnectorResponded(verb, host, status, attempt);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadBodyAsync(response, ct);
                }
                if (status == 401 && !tokens.IsAnonymous && !forceRefresh)
                {
                    logger.ConnectorUnauthorizedRefreshing(verb, host, attempt);
                    continue;
                }
                ConnectorException error = await ReadErrorAsync(response, verb, host, RetryAfterHeader.Read(response, time.GetUtcNow()), ct);
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
