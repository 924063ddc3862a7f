using Azure.Core;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Teams.Connector;

internal sealed class BotTokenProvider(
    IBotCredentialFactory credentials,
    IOptions<BotIdentityOptions> identity,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<BotTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    // Refresh well before expiry so a token never expires between being handed out and reaching the Connector.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>How long a token may take: a turn must answer Teams within seconds, whatever the token endpoint does.</summary>
    public static readonly TimeSpan TokenTimeLimit = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private TokenCredential? credential;
    private AccessToken? cached;

    public bool IsAnonymous => !identity.Value.HasAppId;

    public async ValueTask<string> GetTokenAsync(bool forceRefresh, CancellationToken ct)
    {
        if (IsAnonymous)
        {
            throw new InvalidOperationException("No MicrosoftAppId is configured: the bot is anonymous and has no Connector token.");
        }
        if (!forceRefresh && TryGetFresh(out string? token))
        {
            return token;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (!forceRefresh && TryGetFresh(out token))
            {
                return token;
            }
            // Azure.Identity has no force-refresh switch and MSAL would serve the rejected token from its own cache,
            // so a forced refresh starts from a new credential (and a new, empty MSAL cache).
            if (forceRefresh || credential is null)
            {
                credential = credentials.Create(identity.Value, bot.Value);
            }
            AccessToken fresh = await AcquireAsync(credential, ct);
            cached = fresh;
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool TryGetFresh([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? token)
    {
        AccessToken? current = cached;
        token = current is { } t && t.ExpiresOn - RefreshMargin > time.GetUtcNow() ? t.Token : null;
        return token is not null;
    }

    private async Task<AccessToken> AcquireAsync(TokenCredential source, CancellationToken ct)
    {
        BotIdentityOptions id = identity.Value;
        // Azure.Identity retries an unreachable endpoint for about half a minute; Teams stops waiting long before.
        using var limit = new CancellationTokenSource(TokenTimeLimit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        string failure;
        try
        {
            AccessToken token = await source.GetTokenAsync(new TokenRequestContext([bot.Value.ConnectorScope]), linked.Token);
            logger.ConnectorTokenAcquired(id.MicrosoftAppType, token.ExpiresOn);
            return token;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            failure = $"the token endpoint did not answer within {TokenTimeLimit.TotalSeconds:0} s";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ConnectorTokenFailure.Describe(ex);
        }
        logger.ConnectorTokenFailed(failure, id.MicrosoftAppId ?? "", id.MicrosoftAppTenantId ?? "(none)", id.MicrosoftAppType, bot.Value.LoginAuthorityHost);
        throw new ConnectorTokenUnavailableException(failure);
    }
}
