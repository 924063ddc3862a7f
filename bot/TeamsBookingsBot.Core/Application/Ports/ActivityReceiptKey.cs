using System.Security.Cryptography;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// De-duplication key of an inbound activity: (channelId, conversation.id, activity.id), protocol spec §4, within the
/// activity's tenant (empty when it names none), so an activity of one tenant is never answered with another's receipt.
/// </summary>
public sealed record ActivityReceiptKey(string TenantId, string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>For an activity without an id: the SHA-256 of its raw body stands in for the id.</summary>
    public static ActivityReceiptKey ForBody(string tenantId, string channelId, string conversationId, ReadOnlySpan<byte> body) =>
        new(tenantId, channelId, conversationId, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)));
}
