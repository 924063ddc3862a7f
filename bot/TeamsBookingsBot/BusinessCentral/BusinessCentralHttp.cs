using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// One BC call with the retry rules: GET/DELETE are retried on throttling, 5xx and transport errors;
/// a POST only when BC said it did not process it (429/503). A POST without a definite answer
/// (timeout, dropped connection, 408/502/504) throws <see cref="BusinessCentralOutcomeUnknownException"/>.
/// </summary>
internal sealed class BusinessCentralHttp(
    HttpClient http, BusinessCentralOptions options, BusinessCentralEndpoint endpoint, BusinessCentralMetrics metrics, TimeProvider time, ILogger logger)
{
    public Uri Root => endpoint.Root;

    public async Task<T> GetAsync<T>(BusinessCentralCallKind kind, string relative, CancellationToken ct)
    {
        using HttpResponseMessage response = await SendAsync(kind, HttpMethod.Get, Resolve(relative), null, null, null, acceptNotFound: false, ct);
        return await ReadAsync<T>(response, ct);
    }

    public async Task<T?> GetOrDefaultAsync<T>(BusinessCentralCallKind kind, string relative, CancellationToken ct)
        where T : class
    {
        using HttpResponseMessage response = await SendAsync(kind, HttpMethod.Get, Resolve(relative), null, null, null, acceptNotFound: true, ct);
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await ReadAsync<T>(response, ct);
    }

    /// <summary>Follows @odata.nextLink to the end; never sends $top so BC picks its page size.</summary>
    public async Task<List<T>> GetAllAsync<T>(BusinessCentralCallKind kind, string relative, CancellationToken ct)
    {
        List<T> all = [];
        Uri? next = Resolve(relative);
        while (next is not null)
        {
            using HttpResponseMessage response = await SendAsync(kind, HttpMethod.Get, next, null, null, null, acceptNotFound: false, ct);
            ODataList<T> page = await ReadAsync<ODataList<T>>(response, ct);
            all.AddRange(page.Value ?? []);
            next = page.NextLink is null ? null : CheckedNextLink(page.NextLink);
        }
        return all;
    }

    public async Task<T> PostAsync<T>(
        BusinessCentralCallKind kind, string relative, object body, IReadOnlyDictionary<string, string>? headers,
        string? externalDocumentNumber, CancellationToken ct)
    {
        using HttpResponseMessage response = await SendAsync(kind, HttpMethod.Post, Resolve(relative), body, headers, externalDocumentNumber, acceptNotFound: false, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>True when deleted now, false when it was already gone (404).</summary>
    public async Task<bool> DeleteAsync(BusinessCentralCallKind kind, string relative, CancellationToken ct)
    {
        using HttpResponseMessage response = await SendAsync(kind, HttpMethod.Delete, Resolve(relative), null, null, null, acceptNotFound: true, ct);
        return response.StatusCode != System.Net.HttpStatusCode.NotFound;
    }

    private async Task<HttpResponseMessage> SendAsync(
        BusinessCentralCallKind kind, HttpMethod method, Uri uri, object? body, IReadOnlyDictionary<string, string>? headers,
        string? externalDocumentNumber, bool acceptNotFound, CancellationToken ct)
    {
        bool idempotent = method != HttpMethod.Post;
        for (int attempt = 1; ; attempt++)
        {
            metrics.CountCall(kind);
            using HttpRequestMessage request = new(method, uri);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: BusinessCentralJson.Options);
            }
            foreach ((string name, string value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (Exception ex) when (IsTransportFailure(ex, ct))
            {
                if (!idempotent)
                {
                    logger.OutcomeUnknown(ex, kind, externalDocumentNumber);
                    throw new BusinessCentralOutcomeUnknownException($"{method} {kind}", externalDocumentNumber, ex);
                }
                if (attempt > options.MaxRetries)
                {
                    throw new BusinessCentralException("Client_Unreachable", "Business Central could not be reached.", null, isTransient: true, inner: ex);
                }
                TimeSpan backoff = Backoff(attempt);
                logger.RetryingAfterTransportError(ex, kind, attempt, (long)backoff.TotalMilliseconds);
                metrics.CountRetry();
                await Task.Delay(backoff, time, ct);
                continue;
            }

            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode || (acceptNotFound && status == 404))
            {
                return response;
            }
            using (response)
            {
                if (!idempotent && status is 408 or 502 or 504)
                {
                    logger.OutcomeUnknown(null, kind, externalDocumentNumber);
                    throw new BusinessCentralOutcomeUnknownException($"{method} {kind} (HTTP {status})", externalDocumentNumber, null);
                }
                // 429 and 503 mean "not processed", so even a POST may go again; other 5xx only for safe methods.
                bool retryable = status is 429 or 503 || (idempotent && status is 408 or 500 or 502 or 504);
                if (retryable && attempt <= options.MaxRetries)
                {
                    TimeSpan? retryAfter = RetryAfter(response);
                    if (retryAfter is null || retryAfter <= options.MaxRetryAfter)
                    {
                        TimeSpan delay = retryAfter ?? Backoff(attempt);
                        logger.RetryingAfterStatus(kind, status, attempt, (long)delay.TotalMilliseconds);
                        metrics.CountRetry();
                        await Task.Delay(delay, time, ct);
                        continue;
                    }
                }
                string text = await response.Content.ReadAsStringAsync(ct);
                BusinessCentralException error = BusinessCentralErrors.FromResponse(status, response.ReasonPhrase, text);
                logger.CallFailed(kind, status, error.Code, error.CorrelationId);
                throw error;
            }
        }
    }

    internal TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Retry-After", out IEnumerable<string>? values))
        {
            return null;
        }
        string raw = values.First().Trim();
        // Delta seconds may be decimal ("1.5"); the typed header parser only accepts integers.
        if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal seconds))
        {
            return TimeSpan.FromMilliseconds((double)(seconds * 1000m));
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
        {
            TimeSpan wait = at - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private TimeSpan Backoff(int attempt)
    {
        double factor = Math.Pow(2, attempt - 1);
        double jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(options.RetryBaseDelay.TotalMilliseconds * factor * jitter);
    }

    private static bool IsTransportFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested);

    private Uri Resolve(string relative) => new(Root, relative);

    private Uri CheckedNextLink(string nextLink)
    {
        Uri next = new(Root, nextLink);
        // The link is followed with our token attached: only ever to the API host we were configured with.
        if (Uri.Compare(next, Root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new BusinessCentralException("Client_ForeignNextLink", "Business Central returned a next page link to another host.", null, isTransient: false);
        }
        return next;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(BusinessCentralJson.Options, ct)
                ?? throw new BusinessCentralException("Client_EmptyBody", "Business Central returned an empty body.", (int)response.StatusCode, isTransient: false);
        }
        catch (JsonException ex)
        {
            throw new BusinessCentralException("Client_InvalidJson", "Business Central returned a body that is not the expected JSON.", (int)response.StatusCode, isTransient: false, inner: ex);
        }
    }
}
