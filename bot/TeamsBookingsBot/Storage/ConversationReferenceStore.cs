using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Conversation references, each read and written within its tenant: a conversation id stored for one tenant is never
/// read, touched, revoked or taken over by an activity of another (the id is the caller's; the tenant comes from the
/// authenticated activity, <c>ActivityTenant</c>, and is empty for an activity that names none).
/// </summary>
internal sealed class ConversationReferenceStore(IDbConnectionFactory db, TimeProvider time) : IConversationReferenceStore
{
    private readonly KnownServiceUrls serviceUrls = new(time);

    private const string Columns = """
        conversation_id, conversation_type, service_url, tenant_id, bot_id, bot_name, user_aad_object_id,
        team_id, channel_id, locale, last_activity_id, installed_utc, updated_utc, revoked_utc
        """;

    // A re-install after a revoke starts a new installation; optional fields a later activity lacks are kept.
    // The installation token changes only when an installation starts, so RETURNING it tells this call whether it
    // started one, even when Teams' two install events race each other or two bot instances. A row of another tenant
    // is not updated (the WHERE), so nothing is returned and nothing of it changes.
    private const string UpsertSql = $"""
        INSERT INTO conversation_references ({Columns}, installation_token)
        VALUES (@conversation_id, @conversation_type, @service_url, @tenant_id, @bot_id, @bot_name, @user_aad_object_id,
                @team_id, @channel_id, @locale, @last_activity_id, @installed_utc, @updated_utc, NULL, @token)
        ON CONFLICT (conversation_id) DO UPDATE SET
            conversation_type = excluded.conversation_type,
            service_url = excluded.service_url,
            tenant_id = excluded.tenant_id,
            bot_id = excluded.bot_id,
            bot_name = COALESCE(excluded.bot_name, conversation_references.bot_name),
            user_aad_object_id = COALESCE(excluded.user_aad_object_id, conversation_references.user_aad_object_id),
            team_id = COALESCE(excluded.team_id, conversation_references.team_id),
            channel_id = COALESCE(excluded.channel_id, conversation_references.channel_id),
            locale = COALESCE(excluded.locale, conversation_references.locale),
            last_activity_id = COALESCE(excluded.last_activity_id, conversation_references.last_activity_id),
            installed_utc = CASE WHEN conversation_references.revoked_utc IS NULL
                THEN conversation_references.installed_utc ELSE excluded.installed_utc END,
            installation_token = CASE WHEN conversation_references.revoked_utc IS NULL
                THEN conversation_references.installation_token ELSE excluded.installation_token END,
            updated_utc = excluded.updated_utc,
            revoked_utc = NULL
        WHERE conversation_references.tenant_id = excluded.tenant_id
        RETURNING installation_token
        """;

    public async Task<bool> UpsertAsync(ConversationReference reference, CancellationToken ct)
    {
        string token = Guid.NewGuid().ToString("N");
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql(UpsertSql)
            .With("conversation_id", reference.ConversationId)
            .With("conversation_type", reference.ConversationType)
            .With("service_url", reference.ServiceUrl)
            .With("tenant_id", reference.TenantId)
            .With("bot_id", reference.BotId)
            .With("bot_name", reference.BotName)
            .With("user_aad_object_id", reference.UserAadObjectId)
            .With("team_id", reference.TeamId)
            .With("channel_id", reference.ChannelId)
            .With("locale", reference.Locale)
            .With("last_activity_id", reference.LastActivityId)
            .With("installed_utc", reference.InstalledUtc)
            .With("updated_utc", reference.UpdatedUtc)
            .With("token", token);
        object? returned = await command.ExecuteScalarAsync(ct);
        if (returned is null or DBNull)
        {
            return false; // the conversation id is stored for another tenant
        }
        serviceUrls.Stored(reference.TenantId, reference.ConversationId, reference.ServiceUrl);
        return returned is string stored && stored == token;
    }

    public async Task<bool> RevokeAsync(string tenantId, string conversationId, DateTimeOffset whenUtc, CancellationToken ct)
    {
        // The first revocation time is kept: a repeated remove event says nothing new.
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            UPDATE conversation_references
            SET revoked_utc = COALESCE(revoked_utc, @when), updated_utc = @when
            WHERE conversation_id = @conversation_id AND tenant_id = @tenant_id
            """).With("conversation_id", conversationId).With("tenant_id", tenantId).With("when", whenUtc);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<bool> TouchServiceUrlAsync(
        string tenantId, string conversationId, string serviceUrl, string? lastActivityId, DateTimeOffset whenUtc, CancellationToken ct)
    {
        if (serviceUrls.IsStored(tenantId, conversationId, serviceUrl))
        {
            return true;
        }
        string? stored;
        await using (DbConnection reader = await db.OpenAsync(ct))
        await using (DbCommand read = reader.Sql("SELECT service_url FROM conversation_references WHERE conversation_id = @id AND tenant_id = @tenant_id")
            .With("id", conversationId).With("tenant_id", tenantId))
        {
            stored = await read.ExecuteScalarAsync(ct) as string;
        }
        if (stored is null)
        {
            return false;
        }
        if (!string.Equals(stored, serviceUrl, StringComparison.Ordinal))
        {
            // The condition keeps a second instance that saw the same change from writing it again.
            await using DbConnection writer = await db.OpenWriterAsync(ct);
            await using DbCommand update = writer.Sql("""
                UPDATE conversation_references
                SET service_url = @service_url, last_activity_id = COALESCE(@last_activity_id, last_activity_id), updated_utc = @when
                WHERE conversation_id = @conversation_id AND tenant_id = @tenant_id AND service_url <> @service_url
                """)
                .With("conversation_id", conversationId)
                .With("tenant_id", tenantId)
                .With("service_url", serviceUrl)
                .With("last_activity_id", lastActivityId)
                .With("when", whenUtc);
            await update.ExecuteNonQueryAsync(ct);
        }
        serviceUrls.Stored(tenantId, conversationId, serviceUrl);
        return true;
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"SELECT {Columns} FROM conversation_references WHERE conversation_id = @id AND tenant_id = @tenant_id")
            .With("id", conversationId).With("tenant_id", tenantId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string? tenantId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"""
            SELECT {Columns} FROM conversation_references
            WHERE revoked_utc IS NULL AND (CAST(@tenant_id AS TEXT) IS NULL OR tenant_id = @tenant_id)
            ORDER BY conversation_id
            """).With("tenant_id", tenantId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        List<ConversationReference> references = [];
        while (await reader.ReadAsync(ct))
        {
            references.Add(Read(reader));
        }
        return references;
    }

    private static ConversationReference Read(DbDataReader reader) => new()
    {
        ConversationId = reader.GetString(0),
        ConversationType = reader.GetString(1),
        ServiceUrl = reader.GetString(2),
        TenantId = reader.GetString(3),
        BotId = reader.GetString(4),
        BotName = reader.GetStringOrNull(5),
        UserAadObjectId = reader.GetStringOrNull(6),
        TeamId = reader.GetStringOrNull(7),
        ChannelId = reader.GetStringOrNull(8),
        Locale = reader.GetStringOrNull(9),
        LastActivityId = reader.GetStringOrNull(10),
        InstalledUtc = reader.GetUtc(11),
        UpdatedUtc = reader.GetUtc(12),
        RevokedUtc = reader.GetUtcOrNull(13),
    };
}
