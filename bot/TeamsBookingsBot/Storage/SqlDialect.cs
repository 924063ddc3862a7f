using System.Collections.Frozen;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The few differences between SQLite and PostgreSQL that our SQL meets. Both accept <c>@name</c>
/// parameters, <c>INSERT ... ON CONFLICT (...) DO UPDATE/NOTHING</c> with <c>excluded.</c>, and
/// <c>RETURNING</c>, so queries are written once; DDL names column types with tokens:
/// <c>{text} {int} {bigint} {bool} {decimal} {bytes} {utc} {identity}</c>, and <c>{ordinal}</c> after a text column
/// orders it by code point (what .NET's ordinal order is for the ids we store) whatever the database's collation.
/// </summary>
internal abstract partial class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect Postgres = new PostgresDialect();

    public abstract StorageProvider Provider { get; }

    /// <summary>One row, one boolean-ish column: does table <c>@name</c> exist.</summary>
    public abstract string TableExistsSql { get; }

    protected abstract FrozenDictionary<string, string> Types { get; }

    /// <summary>Follows a text column in a query to compare and order it by code point (the index's <c>{ordinal}</c>).</summary>
    public string Ordinal => Types["ordinal"];

    /// <summary>SQL that is true when <paramref name="column"/> is one of the texts in parameter <paramref name="parameter"/>.</summary>
    public abstract string InTexts(string column, string parameter);

    /// <summary>The value of a parameter used by <see cref="InTexts"/>: one parameter however many texts.</summary>
    public abstract object Texts(IReadOnlyCollection<string> texts);

    /// <summary>Replaces the type tokens; an unknown token is a bug in a migration.</summary>
    public string Expand(string sql) =>
        TokenPattern().Replace(sql, match => Types.TryGetValue(match.Groups[1].Value, out string? type)
            ? type
            : throw new InvalidOperationException($"Unknown SQL dialect token {match.Value}."));

    /// <summary>
    /// Parameters per multi-row INSERT (<see cref="MultiRowInsert"/>). SQLite looks a parameter up by name in time
    /// proportional to the statement's parameter count, so big statements cost the square of their size, while re-running
    /// a prepared one is nearly free; PostgreSQL pays a round trip per statement, so the more rows each carries the better.
    /// </summary>
    public abstract int InsertParameterBudget { get; }

    /// <summary>
    /// Refreshes the planner's statistics of the tables a sync fills, or null where the planner needs none. PostgreSQL
    /// plans a freshly filled table as if it were empty until autovacuum analyzes it (up to a minute later, or never
    /// under steady load), and then sorts the whole period instead of reading the list's index in order.
    /// </summary>
    public abstract string? RefreshSyncStatisticsSql { get; }

    /// <summary>Connection-independent settings that persist in the database file (SQLite WAL).</summary>
    public abstract Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// A transaction that holds the database-wide migration lock until it ends, so that two instances
    /// starting together apply each migration once.
    /// </summary>
    public abstract Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// A transaction for a short read-check-write: SQLite takes the write lock up front (a deferred transaction that
    /// read first could not upgrade once another writer committed), PostgreSQL runs READ COMMITTED and lets the
    /// unique keys' row locks order the writers.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A read-only transaction whose reads all see one snapshot of the database (SQLite: a deferred transaction in WAL mode).</summary>
    public abstract Task<DbTransaction> BeginSnapshotTransactionAsync(DbConnection connection, CancellationToken ct);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex TokenPattern();
}
