using System.Collections.Concurrent;
using Azure.Core;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

/// <summary>
/// A credential that answers from a script, one step per call: a token, an exception, or no answer until the caller
/// gives up (an unreachable token endpoint). <see cref="Waiting"/> completes when a call is left waiting. When the
/// script runs out it hands out tokens. It is also its own factory, so a forced refresh gets the same script.
/// </summary>
internal sealed class ScriptedConnectorCredential : TokenCredential, IBotCredentialFactory
{
    private readonly ConcurrentQueue<Func<CancellationToken, Task<AccessToken>>> script = new();
    private readonly TaskCompletionSource waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Task Waiting => waiting.Task;

    public ScriptedConnectorCredential ThenThrow(Exception exception)
    {
        script.Enqueue(_ => Task.FromException<AccessToken>(exception));
        return this;
    }

    public ScriptedConnectorCredential ThenNoAnswer()
    {
        script.Enqueue(async ct =>
        {
            waiting.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public TokenCredential Create(BotIdentityOptions identity, BotOptions bot) => this;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        int n = Interlocked.Increment(ref calls);
        return script.TryDequeue(out Func<CancellationToken, Task<AccessToken>>? step)
            ? await step(cancellationToken)
            : new AccessToken($"token-{n}", DateTimeOffset.MaxValue);
    }
}
