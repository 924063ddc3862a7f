namespace TeamsBookingsBot.Application.Setup;

/// <summary>"This chat is about Contoso Salon": the one business a team or chat is linked to, if any.</summary>
public interface IConversationBusinessLinks
{
    /// <summary>The linked business's id, or null when the conversation is linked to none.</summary>
    Task<string?> FindAsync(string tenantId, string conversationId, CancellationToken ct);

    Task LinkAsync(string tenantId, string conversationId, string businessId, CancellationToken ct);

    Task UnlinkAsync(string tenantId, string conversationId, CancellationToken ct);
}
