namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Who asked, from where: every invoicing action is audited with it, and what it makes records it.</summary>
/// <param name="AadObjectId">The user's Entra object id (the stable user key).</param>
/// <param name="TenantId">
/// Null for a record made before tenants were stored (schema 5) whose conversation had no stored reference: such a
/// record belongs to its conversation alone. Conversation ids are unique across Teams and were taken from
/// authenticated activities, so the conversation still pins it down.
/// </param>
public sealed record InvoicingActor(string AadObjectId, string? DisplayName, string ConversationId, string? TenantId)
{
    /// <summary>
    /// Whether something made by this actor belongs to the chat <paramref name="asking"/> acts in: the same
    /// conversation, and the same tenant unless this record has none.
    /// </summary>
    public bool IsSameChatAs(InvoicingActor asking) =>
        string.Equals(ConversationId, asking.ConversationId, StringComparison.Ordinal)
        && (TenantId is null || string.Equals(TenantId, asking.TenantId, StringComparison.OrdinalIgnoreCase));
}
