using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The planner's ledger contract on the SQL ledger over PostgreSQL (row locks under READ COMMITTED).</summary>
public sealed class PostgresInvoiceLedgerTests : InvoiceLedgerContractTests, IAsyncLifetime
{
    private SqlLedgerDatabase _database = null!;

    protected override IInvoiceLedger CreateLedger() => _database.Ledger;

    public async Task InitializeAsync() => _database = await SqlLedgerDatabase.CreateAsync(StorageProvider.Postgres);

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
