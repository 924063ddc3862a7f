using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The planner's ledger contract on the SQL ledger over SQLite (one writer at a time, BEGIN IMMEDIATE).</summary>
public sealed class SqliteInvoiceLedgerTests : InvoiceLedgerContractTests, IAsyncLifetime
{
    private SqlLedgerDatabase _database = null!;

    // Every SQLite writer queues on the file lock; 8 contests still release 20 racers together each time.
    protected override int ConcurrentRounds => 8;

    protected override IInvoiceLedger CreateLedger() => _database.Ledger;

    public async Task InitializeAsync() => _database = await SqlLedgerDatabase.CreateAsync(StorageProvider.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
