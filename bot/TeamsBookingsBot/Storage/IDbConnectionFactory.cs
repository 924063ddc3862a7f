using System.Data.Common;

namespace TeamsBookingsBot.Storage;

/// <summary>Opens connections to the configured database; repositories write SQL once against <see cref="Dialect"/>.</summary>
internal interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>An open connection for reads; dispose it promptly (both drivers pool).</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// An open connection for a write (a statement or transaction that may change rows). On SQLite the process's writers
    /// take turns until the connection is closed (<see cref="SqliteWriteGate"/>): keep its scope to the write itself and
    /// never open a second writer inside it. On PostgreSQL it is an ordinary connection.
    /// </summary>
    ValueTask<DbConnection> OpenWriterAsync(CancellationToken ct);
}
