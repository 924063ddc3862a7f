using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Storage;

internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private const int DefaultTimeoutSeconds = 30;

    private readonly SqliteWriteGate gate;
    private readonly TimeSpan timeout;

    public SqliteConnectionFactory(string? configuredConnectionString, string contentRoot)
    {
        ConnectionString = Resolve(configuredConnectionString, contentRoot);
        SqliteConnectionStringBuilder builder = new(ConnectionString);
        gate = SqliteWriteGate.For(builder.DataSource);
        timeout = builder.DefaultTimeout > 0 ? TimeSpan.FromSeconds(builder.DefaultTimeout) : Timeout.InfiniteTimeSpan;
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string ConnectionString { get; }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        SqliteConnection connection = new(ConnectionString);
        await connection.OpenAsync(ct);
        // A writer of another process holds the lock: let SQLite wait for it in steps of 1 to 100 ms rather than return
        // SQLITE_BUSY, which Microsoft.Data.Sqlite answers with a 150 ms sleep per try. Pooled connections keep it; it is
        // one call, so it is set on every open.
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle!, timeout == Timeout.InfiniteTimeSpan ? int.MaxValue : (int)timeout.TotalMilliseconds);
        return connection;
    }

    public async ValueTask<DbConnection> OpenWriterAsync(CancellationToken ct)
    {
        await gate.EnterAsync(timeout, ct);
        try
        {
            DbConnection connection = await OpenAsync(ct);
            // Closing (dispose) ends any transaction first, then raises StateChange: the next writer finds the lock free.
            int left = 0;
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Closed && Interlocked.Exchange(ref left, 1) == 0)
                {
                    gate.Leave();
                }
            };
            return connection;
        }
        catch
        {
            gate.Leave();
            throw;
        }
    }

    /// <summary>
    /// Makes a relative file path relative to the content root (not the working directory, which differs
    /// between `dotnet run`, tests and services), creates its folder, and turns on foreign keys and sets the command
    /// timeout (Default Timeout), which is also how long a writer waits for its turn and for SQLite's lock.
    /// </summary>
    internal static string Resolve(string? configured, string contentRoot)
    {
        string original = string.IsNullOrWhiteSpace(configured) ? StorageOptions.DefaultSqliteConnectionString : configured;
        SqliteConnectionStringBuilder builder = new(original)
        {
            ForeignKeys = true,
        };
        if (!Path.IsPathFullyQualified(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        if (!original.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = DefaultTimeoutSeconds;
        }
        string? folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }
}
