using Azure.Core;

namespace TeamsBookingsBot.Connector;

/// <summary>Returns "token-1", "token-2", … each expiring <see cref="Lifetime"/> after the fake clock's now.</summary>
internal sealed class ScriptedTokenCredential(TimeProvider time) : TokenCredential
{
    public int Calls { get; private set; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Calls++;
        return new AccessToken($"token-{Calls}", time.GetUtcNow() + Lifetime);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
