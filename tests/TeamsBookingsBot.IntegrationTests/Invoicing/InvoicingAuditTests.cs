using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Storage;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The audit log names who acted: the display name Teams sent with the action, kept beside the object id.</summary>
public sealed class InvoicingAuditTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Exclude_ByNamedAndUnnamedUsers_AuditRowsKeepTheNameTeamsSent(StorageProvider provider)
    {
        string folder = Directory.CreateTempSubdirectory("tbb-audit-").FullName;
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using (InvoicingInstance bot = await InvoicingInstance.StartAsync(
            bc, await InvoicingInstance.NewDatabaseAsync(provider, folder), time: new FakeTimeProvider(Now)))
        {
            bot.Bookings.Add(Haircut(1), Haircut(2));

            await bot.Invoicing.ExcludeAsync(BusinessId, ["appt-001"], "No-show", Alice with { DisplayName = "Alice Wilber" }, default);
            await bot.Invoicing.ExcludeAsync(BusinessId, ["appt-002"], "Free trial", Alice with { AadObjectId = "aad-bob", DisplayName = null }, default);

            IReadOnlyList<AuditEntry> entries = await bot.Services.GetRequiredService<IAuditLog>().ListAsync(Alice.TenantId!, Now, Now.AddDays(1), default);
            Assert.Equal([("aad-alice", "Alice Wilber"), ("aad-bob", null)], entries.Select(e => (e.ActorAadObjectId, e.ActorName)));
        }
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Exclude_InTwoTenants_EachTenantListsOnlyItsOwnEntries(StorageProvider provider)
    {
        string folder = Directory.CreateTempSubdirectory("tbb-audit-").FullName;
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using (InvoicingInstance bot = await InvoicingInstance.StartAsync(
            bc, await InvoicingInstance.NewDatabaseAsync(provider, folder), time: new FakeTimeProvider(Now)))
        {
            bot.Bookings.Add(Haircut(1), Haircut(2));
            InvoicingActor eve = new("aad-eve", "Eve", "conv-9", "tenant-2");

            await bot.Invoicing.ExcludeAsync(BusinessId, ["appt-001"], "No-show", Alice, default);
            await bot.Invoicing.ExcludeAsync(BusinessId, ["appt-002"], "Free trial", eve, default);

            IAuditLog audit = bot.Services.GetRequiredService<IAuditLog>();
            Assert.Equal(["aad-alice"], (await audit.ListAsync("tenant-1", Now, Now.AddDays(1), default)).Select(e => e.ActorAadObjectId));
            Assert.Equal(["aad-eve"], (await audit.ListAsync("tenant-2", Now, Now.AddDays(1), default)).Select(e => e.ActorAadObjectId));
            Assert.Empty(await audit.ListAsync("", Now, Now.AddDays(1), default));
        }
        Directory.Delete(folder, recursive: true);
    }
}
