using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// One BC call under <see cref="RetryRules"/>: GET/DELETE are retried on throttling, 5xx and transport errors;
/// a POST only when BC said it did not process it (429/503) or nothing was sent. A POST without a definite
/// answer (timeout, dropped connection, 408/502/504) throws <see cref="BusinessCentralOutcomeUnknownException"/>.
/// </summary>
internal sealed class BusinessCentralHttp(HttpClient http, BusinessCentralEndpoint endpoint, Func<TokenCredential?> credential, ILogger logger)
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
        // Retries happen inside the HttpClient (the resilience handler, RetryRules); this sees the final outcome.
        using HttpRequestMessage request = new(method, uri);
        request.Options.Set(BusinessCentralCallCounter.Kind, kind);
        request.Options.Set(BusinessCentralAuthHandler.SignIn, new BusinessCentralSignIn(Root, credential));
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
        catch (Exception ex) when (OutboundResilience.IsTransportFailure(ex) && !ct.IsCancellationRequested)
        {
            if (!OutboundResilience.IsIdempotent(method) && !OutboundResilience.NothingWasSent(ex))
            {
                logger.OutcomeUnknown(ex, kind, externalDocumentNumber);
                throw new BusinessCentralOutcomeUnknownException($"{method} {kind}", externalDocumentNumber, ex);
            }
            throw new BusinessCentralException("Client_Unreachable", "Business Central could not be reached.", null, isTransient: true, inner: ex);
        }

        int status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || (acceptNotFound && status == 404))
        {
            return response;
        }
        using (response)
        {
            if (!OutboundResilience.IsIdempotent(method) && status is 408 or 502 or 504)
            {
                logger.OutcomeUnknown(null, kind, externalDocumentNumber);
                throw new BusinessCentralOutcomeUnknownException($"{method} {kind} (HTTP {status})", externalDocumentNumber, null);
            }
            string text = await response.Content.ReadAsStringAsync(ct);
            BusinessCentralException error = BusinessCentralErrors.FromResponse(status, response.ReasonPhrase, text);
            logger.CallFailed(kind, status, error.Code, error.CorrelationId);
            throw error;
        }
    }

    /// <summary>
    /// 429 and 503 mean "not processed", so even a POST goes again; other 5xx and 408 only for idempotent methods,
    /// because a POST that got them may have been applied (it is reconciled by its externalDocumentNumber instead).
    /// </summary>
    internal static OutboundRetryRules RetryRules(BusinessCentralOptions options) => new(
        "business-central",
        options.MaxRetries,
        options.RetryBaseDelay,
        MaxDelay: options.MaxRetryAfter,
        options.MaxRetryAfter,
        options.RequestTimeout,
        (method, status) => status is 429 or 503 || (OutboundResilience.IsIdempotent(method) && status is 408 or 500 or 502 or 504));

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
