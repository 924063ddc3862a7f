using Azure.Core;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

/// <summary>Always returns the same <see cref="CountingTokenCredential"/>, so token numbers run across forced refreshes.</summary>
internal sealed class CountingCredentialFactory : IBotCredentialFactory
{
    private int creates;

    public CountingTokenCredential Credential { get; } = new();

    public int Creates => Volatile.Read(ref creates);

    public TokenCredential Create(BotIdentityOptions identity, BotOptions bot)
    {
        Interlocked.Increment(ref creates);
        return Credential;
    }
}
