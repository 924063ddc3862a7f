using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Counts what reaches the database, as the database sees it: every row inserted, updated or deleted (a trigger on each
/// table records it, so an UPDATE that sets the values a row already had counts too) and every committed write
/// transaction. On PostgreSQL a transaction is a distinct transaction id among the recorded rows; SQLite has no such id,
/// so there the commits of connections opened through <see cref="Factory"/> are counted by a commit hook. Give the
/// stores under test <see cref="Factory"/>; the test's own reads and set-up then count for nothing.
/// </summary>
internal sealed class DatabaseWriteCounter
{
    private const string Table = "test_row_writes";

    private readonly IDbConnectionFactory database;
    private readonly CommitCountingSqlite? sqlite;

    private DatabaseWriteCounter(IDbConnectionFactory database)
    {
        this.database = database;
        if (database is SqliteConnectionFactory file)
        {
            sqlite = new CommitCountingSqlite(file.ConnectionString);
        }
    }

    /// <summary>What the stores under test should open their connections with.</summary>
    public IDbConnectionFactory Factory => sqlite ?? database;

    /// <summary>Installs the counting triggers on every table of a migrated database.</summary>
    public static async Task<DatabaseWriteCounter> InstallAsync(IDbConnectionFactory database)
    {
        var counter = new DatabaseWriteCounter(database);
        await using DbConnection connection = await database.OpenAsync(default);
        bool postgres = database.Dialect.Provider == StorageProvider.Postgres;
        await ExecuteAsync(connection, postgres
            ? $"CREATE TABLE {Table} (table_name text NOT NULL, op text NOT NULL, tx bigint NOT NULL)"
            : $"CREATE TABLE {Table} (table_name TEXT NOT NULL, op TEXT NOT NULL)");
        if (postgres)
        {
            await ExecuteAsync(connection, $"""
                CREATE FUNCTION test_count_row_write() RETURNS trigger AS $$
                BEGIN
                    INSERT INTO {Table} VALUES (TG_TABLE_NAME, TG_OP, txid_current());
                    RETURN NULL;
                END $$ LANGUAGE plpgsql
                """);
        }
        foreach (string table in await TablesAsync(connection, postgres))
        {
            if (postgres)
            {
                await ExecuteAsync(connection,
                    $"CREATE TRIGGER test_count_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION test_count_row_write()");
                continue;
            }
            foreach (string op in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                await ExecuteAsync(connection,
                    $"CREATE TRIGGER test_count_{table}_{op} AFTER {op} ON {table} BEGIN INSERT INTO {Table} VALUES ('{table}', '{op}'); END");
            }
        }
        return counter;
    }

    /// <summary>Rows written since the last reset, by "table OPERATION" (e.g. "booking_sync_runs INSERT").</summary>
    public async Task<IReadOnlyDictionary<string, int>> RowWritesAsync()
    {
        await using DbConnection connection = await database.OpenAsync(default);
        await using DbCommand command = connection.Sql($"SELECT table_name, op, COUNT(*) FROM {Table} GROUP BY table_name, op");
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var writes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            writes[$"{reader.GetString(0)} {reader.GetString(1)}"] = Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        }
        return writes;
    }

    /// <summary>Write transactions committed since the last reset.</summary>
    public async Task<int> TransactionsAsync()
    {
        if (sqlite is not null)
        {
            return sqlite.Commits;
        }
        await using DbConnection connection = await database.OpenAsync(default);
        await using DbCommand command = connection.Sql($"SELECT COUNT(DISTINCT tx) FROM {Table}");
        return (int)await command.ScalarInt64Async(default);
    }

    public async Task ResetAsync()
    {
        await using DbConnection connection = await database.OpenAsync(default);
        await ExecuteAsync(connection, $"DELETE FROM {Table}");
        sqlite?.Reset();
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, bool postgres)
    {
        await using DbCommand command = connection.Sql(postgres
            ? $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '{Table}'"
            : $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{Table}'");
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.Sql(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// SQLite connections of their own (not pooled, so no hook outlives them in a connection the test uses) whose
    /// commits are counted: SQLite calls the hook for each committed write transaction, explicit or a single statement's.
    /// </summary>
    private sealed class CommitCountingSqlite(string connectionString) : IDbConnectionFactory
    {
        private readonly string unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        private int commits;

        public SqlDialect Dialect => SqlDialect.Sqlite;

        public int Commits => Volatile.Read(ref commits);

        public void Reset() => Interlocked.Exchange(ref commits, 0);

        public async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
        {
            var connection = new SqliteConnection(unpooled);
            await connection.OpenAsync(ct);
            raw.sqlite3_commit_hook(connection.Handle, _ =>
            {
                Interlocked.Increment(ref commits);
                return 0; // 0 lets the commit go ahead
            }, null);
            return connection;
        }

        // The store under test is the only writer, so writers need no turns here.
        public ValueTask<DbConnection> OpenWriterAsync(CancellationToken ct) => OpenAsync(ct);
    }
}
