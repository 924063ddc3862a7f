using System.Security.Cryptography;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// De-duplication key of an inbound activity: (channelId, conversation.id, activity.id), protocol spec §4.
/// </summary>
public sealed record ActivityReceiptKey(string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>For an activity without an id: the SHA-256 of its raw body stands in for the id.</summary>
    public static ActivityReceiptKey ForBody(string channelId, string conversationId, ReadOnlySpan<byte> body) =>
        new(channelId, conversationId, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)));
}
