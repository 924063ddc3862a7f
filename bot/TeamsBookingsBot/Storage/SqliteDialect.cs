using System.Collections.Frozen;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Storage;

internal sealed class SqliteDialect : SqlDialect
{
    // Timestamps are TEXT: Microsoft.Data.Sqlite writes a DateTimeOffset as "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz".
    // DbCommandExtensions normalises every value to UTC, so the text sorts and compares in time order.
    // decimal is TEXT because SQLite's REAL would round money; the driver reads it back exactly.
    private static readonly FrozenDictionary<string, string> TypeMap = new Dictionary<string, string>
    {
        ["text"] = "TEXT",
        ["int"] = "INTEGER",
        ["bigint"] = "INTEGER",
        ["bool"] = "INTEGER",
        ["decimal"] = "TEXT",
        ["bytes"] = "BLOB",
        ["utc"] = "TEXT",
        ["identity"] = "INTEGER PRIMARY KEY",
        ["ordinal"] = "", // BINARY, SQLite's default, compares UTF-8 bytes: code point order
    }.ToFrozenDictionary();

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string TableExistsSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override int InsertParameterBudget => 64;

    // SQLite picks the list's partial indices without statistics (UninvoicedListPageCostSqliteTests reads its plans).
    public override string? RefreshSyncStatisticsSql => null;

    protected override FrozenDictionary<string, string> Types => TypeMap;

    public override string InTexts(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    public override object Texts(IReadOnlyCollection<string> texts) => JsonSerializer.Serialize(texts);

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct)
    {
        // WAL lets readers run beside the one writer; the setting is stored in the file, so once is enough.
        await using DbCommand command = connection.Sql("PRAGMA journal_mode = WAL");
        await command.ExecuteScalarAsync(ct);
    }

    public override Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken ct)
    {
        // BEGIN IMMEDIATE takes the write lock up front: a second migrator waits (busy timeout) instead of
        // failing half-way when it tries to upgrade a read lock.
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }

    public override Task<DbTransaction> BeginSnapshotTransactionAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
}
