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
        BotAppType appType = identity.Value.MicrosoftAppType;
        try
        {
            AccessToken token = await source.GetTokenAsync(new TokenRequestContext([bot.Value.ConnectorScope]), ct);
            logger.ConnectorTokenAcquired(appType, token.ExpiresOn);
            return token;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ConnectorTokenFailed(appType, ex);
            throw;
        }
    }
}
