using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Runs and list cards record the tenant, conversation and person they were made by (migration 5), and runs stored
/// before it keep working: they take the tenant of their conversation's reference, or belong to their conversation alone.
/// </summary>
public abstract class CardScopeStorageTests(StorageDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly InvoicingActor Alex = new("aad-alex", "Alex Wilber", "a:chat-1", "tenant-1");

    [Fact]
    public async Task Run_Stored_ReadsBackWhoMadeItWithNameAndTenant()
    {
        var runs = ActivatorUtilities.CreateInstance<InvoiceRunStore>(database.Services);
        var runId = Guid.NewGuid();

        await runs.CreateAsync(Run(runId, Alex), CancellationToken.None);

        Assert.Equal(Alex, (await runs.GetAsync(runId, CancellationToken.None))!.Actor);
    }

    [Fact]
    public async Task ListSnapshot_Stored_ReadsBackAndIsPurgedWhenOld()
    {
        IListSnapshotStore lists = database.Get<IListSnapshotStore>();
        var snapshot = new ListSnapshot(Guid.NewGuid(), "salon@contoso.com", Alex, Now);

        await lists.SaveAsync(snapshot, CancellationToken.None);
        ListSnapshot? read = await lists.GetAsync(snapshot.ListId, CancellationToken.None);
        await lists.PurgeAsync(Now.AddSeconds(1), CancellationToken.None);

        Assert.Equal(snapshot, read);
        Assert.Null(await lists.GetAsync(snapshot.ListId, CancellationToken.None));
        Assert.Null(await lists.GetAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_RunsStoredBeforeTenants_TakeTheirConversationsTenantOrBelongToTheConversationAlone()
    {
        IServiceProvider services = database.BuildHost(await database.CreateFreshDatabaseAsync()).Services;
        IDbConnectionFactory db = services.GetRequiredService<IDbConnectionFactory>();
        ILogger<StorageMigrator> log = services.GetRequiredService<ILogger<StorageMigrator>>();
        await new StorageMigrator(db, database.Time, log, [.. MigrationCatalog.All.Where(m => m.Version < 5)]).MigrateAsync(default);
        Guid known = Guid.NewGuid(), unknown = Guid.NewGuid();
        await using (DbConnection connection = await db.OpenAsync(default))
        {
            await ExecuteAsync(connection, """
                INSERT INTO conversation_references (conversation_id, conversation_type, service_url, tenant_id, bot_id, installed_utc, updated_utc)
                VALUES ('a:chat-1', 'personal', 'https://smba.trafficmanager.net/amer/', 'tenant-1', '28:bot', @now, @now)
                """);
            foreach ((Guid id, string conversation) in new[] { (known, "a:chat-1"), (unknown, "a:chat-2") })
            {
                await ExecuteAsync(connection, $"""
                    INSERT INTO invoice_runs (run_id, business_id, actor_aad_object_id, conversation_id, selection_json, resolutions_json,
                        plan_summary, status, created_utc, updated_utc)
                    VALUES ('{id:N}', 'salon@contoso.com', 'aad-alex', '{conversation}', '{InvoicingJson.Write(Run(id, Alex).Selection)}',
                        '{InvoicingJson.Write(Run(id, Alex).Resolutions)}', '', 'Previewed', @now, @now)
                    """);
            }
        }

        await new StorageMigrator(db, database.Time, log).MigrateAsync(default);

        var runs = ActivatorUtilities.CreateInstance<InvoiceRunStore>(services);
        InvoicingActor fromKnown = (await runs.GetAsync(known, default))!.Actor;
        InvoicingActor fromUnknown = (await runs.GetAsync(unknown, default))!.Actor;
        Assert.Equal(new InvoicingActor("aad-alex", null, "a:chat-1", "tenant-1"), fromKnown);
        Assert.Equal(new InvoicingActor("aad-alex", null, "a:chat-2", null), fromUnknown);
        Assert.True(fromUnknown.IsSameChatAs(new InvoicingActor("aad-eve", null, "a:chat-2", "tenant-9")));
        Assert.False(fromUnknown.IsSameChatAs(new InvoicingActor("aad-eve", null, "a:chat-3", "tenant-9")));
        Assert.False(fromKnown.IsSameChatAs(new InvoicingActor("aad-eve", null, "a:chat-1", "tenant-9")));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.Sql(sql).With("now", Now);
        await command.ExecuteNonQueryAsync();
    }

    private static InvoiceRun Run(Guid runId, InvoicingActor actor) => new(
        runId,
        new InvoiceSelection("salon@contoso.com", ["appt-1"], InvoicePlanAdjustments.None),
        actor,
        new InvoiceRunResolutions(new Dictionary<string, CustomerResolution>(), new Dictionary<string, string>(), []),
        "1 drafts",
        InvoiceRunStatus.Previewed,
        Now,
        null,
        Now,
        null);
}
