using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace TeamsBookingsBot.Teams.Authentication;

public abstract record BotAuthenticationResult
{
    private BotAuthenticationResult()
    {
    }

    public bool IsAuthenticated => this is Authenticated;

    /// <summary>The validated token's claims (unmapped JWT claim types: <c>aud</c>, <c>serviceurl</c>, …).</summary>
    public sealed record Authenticated(ClaimsIdentity Identity) : BotAuthenticationResult;

    /// <summary><paramref name="Reason"/> is for our logs only; never send it to the caller.</summary>
    public sealed record Rejected(string Reason) : BotAuthenticationResult;

    public bool TryGetIdentity([NotNullWhen(true)] out ClaimsIdentity? identity)
    {
        identity = (this as Authenticated)?.Identity;
        return identity is not null;
    }
}
