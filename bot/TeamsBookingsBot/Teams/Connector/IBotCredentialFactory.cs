using Azure.Core;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>Creates the Entra credential for the bot identity; replaced by a fake in tests.</summary>
public interface IBotCredentialFactory
{
    /// <summary>A new credential with its own token cache. Called once, and again for each forced refresh.</summary>
    TokenCredential Create(BotIdentityOptions identity, BotOptions bot);
}
