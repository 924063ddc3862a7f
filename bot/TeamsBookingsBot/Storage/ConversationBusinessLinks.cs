using System.Data.Common;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// <see cref="IConversationBusinessLinks"/> over <c>conversation_business_links</c>: one business per tenant and
/// conversation, and only a business set up in that tenant (a link to another tenant's mailbox is not written).
/// </summary>
internal sealed class ConversationBusinessLinks(IDbConnectionFactory db, TimeProvider time) : IConversationBusinessLinks
{
    public async Task<string?> FindAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT s.business_id FROM conversation_business_links l
            JOIN business_settings s ON s.business_key = l.business_key AND s.tenant_id = l.tenant_id
            WHERE l.tenant_id = @tenant_id AND l.conversation_id = @conversation_id
            """).With("tenant_id", tenantId).With("conversation_id", conversationId);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task LinkAsync(string tenantId, string conversationId, string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO conversation_business_links (tenant_id, conversation_id, business_key, linked_utc)
            SELECT @tenant_id, @conversation_id, business_key, @linked FROM business_settings
            WHERE business_key = @business_key AND tenant_id = @tenant_id
            ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET business_key = excluded.business_key, linked_utc = excluded.linked_utc
            """)
            .With("tenant_id", tenantId).With("conversation_id", conversationId)
            .With("business_key", BusinessSettingsSql.Key(businessId)).With("linked", time.GetUtcNow());
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            throw new ArgumentException($"{businessId} is not a business of this tenant.", nameof(businessId));
        }
    }

    public async Task UnlinkAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql(
            "DELETE FROM conversation_business_links WHERE tenant_id = @tenant_id AND conversation_id = @conversation_id")
            .With("tenant_id", tenantId).With("conversation_id", conversationId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
