using Microsoft.IdentityModel.Protocols;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>
/// The signing keys and endorsements behind one OpenID metadata URL. ConfigurationManager does the scheduled
/// 12-hour refresh; an unknown kid may force one blocking refresh per 5 minutes, which we throttle ourselves
/// because IdentityModel 8 refreshes in the background (the request that saw the new kid would still fail)
/// and does not use our TimeProvider.
/// </summary>
internal sealed class SigningKeySource : IDisposable
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConfigurationManager<EndorsedOpenIdConfiguration> manager;
    private readonly EndorsedConfigurationRetriever retriever = new();
    private readonly FactoryDocumentRetriever documents;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private EndorsedOpenIdConfiguration? forced;
    private DateTimeOffset? lastForcedRefresh;

    public SigningKeySource(string metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        // Plain http only for a loopback metadata server (tests, local fakes); anything else must be https.
        documents = new FactoryDocumentRetriever(httpClientFactory, requireHttps: !IsLoopback(metadataUrl));
        manager = new ConfigurationManager<EndorsedOpenIdConfiguration>(metadataUrl, retriever, documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    public string MetadataUrl { get; }

    /// <summary>The newest configuration, or null when none has ever loaded (callers fail closed).</summary>
    public async Task<EndorsedOpenIdConfiguration?> GetAsync(CancellationToken ct)
    {
        EndorsedOpenIdConfiguration scheduled;
        try
        {
            scheduled = await manager.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            logger.SigningKeysUnavailable(MetadataUrl, ex);
            return Volatile.Read(ref forced);
        }
        EndorsedOpenIdConfiguration? latestForced = Volatile.Read(ref forced);
        return latestForced is not null && latestForced.Generation > scheduled.Generation ? latestForced : scheduled;
    }

    /// <summary>Fetches the keys again if that was not done in the last 5 minutes; true when a fetch succeeded.</summary>
    public async Task<bool> TryRefreshForUnknownKeyAsync(string keyId, CancellationToken ct)
    {
        await refreshGate.WaitAsync(ct);
        try
        {
            DateTimeOffset now = timeProvider.GetUtcNow();
            if (lastForcedRefresh is { } last && now - last < UnknownKeyRefreshInterval)
            {
                logger.SigningKeysRefreshThrottled(keyId, UnknownKeyRefreshInterval);
                return false;
            }
            lastForcedRefresh = now;
            logger.SigningKeysRefreshing(MetadataUrl, keyId);
            try
            {
                Volatile.Write(ref forced, await retriever.GetConfigurationAsync(MetadataUrl, documents, ct));
                return true;
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException
                or System.Text.Json.JsonException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                logger.SigningKeysRefreshFailed(MetadataUrl, ex);
                return false;
            }
        }
        finally
        {
            refreshGate.Release();
        }
    }

    public void Dispose() => refreshGate.Dispose();

    private static bool IsLoopback(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.IsLoopback;
}
