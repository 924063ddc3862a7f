using Azure.Core;

namespace TeamsBookingsBot.Connector;

/// <summary>Hands out "token-1", "token-2", … that never expire during a test (whatever its clock says), and counts the calls.</summary>
internal sealed class CountingTokenCredential : TokenCredential
{
    private static readonly DateTimeOffset NeverDuringATest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        Next(requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Next(requestContext));

    private AccessToken Next(TokenRequestContext context)
    {
        lock (Scopes)
        {
            Scopes.Add(context.Scopes);
        }
        int n = Interlocked.Increment(ref calls);
        return new AccessToken($"token-{n}", NeverDuringATest);
    }
}
