using System.Collections.Frozen;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The few differences between SQLite and PostgreSQL that our SQL meets. Both accept <c>@name</c>
/// parameters, <c>INSERT ... ON CONFLICT (...) DO UPDATE/NOTHING</c> with <c>excluded.</c>, and
/// <c>RETURNING</c>, so queries are written once; DDL names column types with tokens:
/// <c>{text} {int} {bigint} {bool} {decimal} {bytes} {utc} {identity}</c>.
/// </summary>
internal abstract partial class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect Postgres = new PostgresDialect();

    public abstract StorageProvider Provider { get; }

    /// <summary>One row, one boolean-ish column: does table <c>@name</c> exist.</summary>
    public abstract string TableExistsSql { get; }

    protected abstract FrozenDictionary<string, string> Types { get; }

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

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex TokenPattern();
}
