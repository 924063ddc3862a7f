namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// What the bot needs to message a conversation proactively (daily digest, late results):
/// captured on install / bot added, its service URL refreshed when an inbound activity brings another, revoked on uninstall.
/// Times are UTC.
/// </summary>
public sealed record ConversationReference
{
    public required string ConversationId { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>, as Teams sends it.</summary>
    public required string ConversationType { get; init; }

    /// <summary>Only ever taken from an authenticated activity; it can change, so it is refreshed.</summary>
    public required string ServiceUrl { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The bot's channel account id (<c>28:{appId}</c>).</summary>
    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The user's Entra object id; personal scope only.</summary>
    public string? UserAadObjectId { get; init; }

    public string? TeamId { get; init; }

    /// <summary>The Teams channel (not the Bot Framework channel id).</summary>
    public string? ChannelId { get; init; }

    public string? Locale { get; init; }

    /// <summary>The activity that last wrote the reference (its capture, or the touch that changed the service URL).</summary>
    public string? LastActivityId { get; init; }

    public required DateTimeOffset InstalledUtc { get; init; }

    /// <summary>When the reference last changed, not when the conversation was last active.</summary>
    public required DateTimeOffset UpdatedUtc { get; init; }

    public DateTimeOffset? RevokedUtc { get; init; }

    public bool IsActive => RevokedUtc is null;
}
