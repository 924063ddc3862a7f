using Azure.Core;

namespace TeamsBookingsBot.Identity;

/// <summary>The credential a service is called with for one tenant, and where it came from (for logs and the connection check; never a secret).</summary>
/// <param name="Source">e.g. "Graph:ClientSecret" or "the bot's identity (MicrosoftAppPassword)".</param>
public sealed record PickedCredential(TokenCredential Credential, ServiceKind Kind, string TenantId, string ClientId, string Source);
