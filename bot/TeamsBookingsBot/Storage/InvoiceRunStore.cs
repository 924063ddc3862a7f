using System.Data.Common;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>Invoice runs in SQL; <see cref="TryStartAsync"/> is one conditional UPDATE, so one caller wins everywhere.</summary>
internal sealed class InvoiceRunStore(IDbConnectionFactory db) : IInvoiceRunStore
{
    private const string Columns =
        "run_id, actor_aad_object_id, conversation_id, selection_json, resolutions_json, plan_summary, status, created_utc, started_utc, updated_utc, result_json, "
        + "actor_name, tenant_id";

    public async Task CreateAsync(InvoiceRun run, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql($"""
            INSERT INTO invoice_runs ({Columns}, business_id)
            VALUES (@run_id, @actor, @conversation, @selection, @resolutions, @summary, @status, @created, NULL, @updated, NULL,
                    @actor_name, @tenant_id, @business_id)
            """)
            .With("run_id", Id(run.RunId)).With("actor", run.Actor.AadObjectId).With("conversation", run.Actor.ConversationId)
            .With("actor_name", run.Actor.DisplayName).With("tenant_id", run.Actor.TenantId)
            .With("selection", InvoicingJson.Write(run.Selection)).With("resolutions", InvoicingJson.Write(run.Resolutions))
            .With("summary", run.PlanSummary).With("status", run.Status.ToString()).With("created", run.CreatedUtc)
            .With("updated", run.UpdatedUtc).With("business_id", run.Selection.BusinessId);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<InvoiceRun?> GetAsync(Guid runId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"SELECT {Columns} FROM invoice_runs WHERE run_id = @run_id")
            .With("run_id", Id(runId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new InvoiceRun(
            Guid.Parse(reader.GetString(0)),
            InvoicingJson.Read<InvoiceSelection>(reader.GetString(3)),
            new InvoicingActor(reader.GetString(1), reader.GetStringOrNull(11), reader.GetString(2), reader.GetStringOrNull(12)),
            InvoicingJson.Read<InvoiceRunResolutions>(reader.GetString(4)),
            reader.GetString(5),
            Enum.Parse<InvoiceRunStatus>(reader.GetString(6)),
            reader.GetUtc(7),
            reader.GetUtcOrNull(8),
            reader.GetUtc(9),
            reader.GetStringOrNull(10) is { } result ? InvoicingJson.Read<InvoiceRunResult>(result) : null);
    }

    public async Task<bool> TryStartAsync(Guid runId, string actorAadObjectId, DateTimeOffset nowUtc, DateTimeOffset staleBeforeUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            UPDATE invoice_runs SET status = 'Running', started_utc = @now, updated_utc = @now
            WHERE run_id = @run_id AND (status = 'Previewed' OR (status = 'Running' AND updated_utc < @stale_before))
            """).With("run_id", Id(runId)).With("now", nowUtc).With("stale_before", staleBeforeUtc);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task HeartbeatAsync(Guid runId, DateTimeOffset nowUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("UPDATE invoice_runs SET updated_utc = @now WHERE run_id = @run_id AND status = 'Running'")
            .With("run_id", Id(runId)).With("now", nowUtc);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task CompleteAsync(Guid runId, InvoiceRunResult result, DateTimeOffset nowUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            UPDATE invoice_runs SET status = 'Completed', result_json = @result, completed_utc = @now, updated_utc = @now
            WHERE run_id = @run_id AND status <> 'Completed'
            """).With("run_id", Id(runId)).With("result", InvoicingJson.Write(result)).With("now", nowUtc);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Id(Guid runId) => runId.ToString("N");
}
