using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Support;

/// <summary>
/// Put in front of the app's connection factory: on every SQLite connection the app opens it counts the write
/// transactions committed (SQLite's commit hook, which fires for every transaction that took the write lock, even one
/// that changed no row) and the times a writer's statement found the database locked (<see cref="SqliteBusyHandler"/>).
/// A reader's wait is not counted: in WAL mode a reader only waits, a millisecond, when it catches a commit rewriting
/// the WAL index header, which is SQLite's own short retry and no lock contention.
/// </summary>
internal sealed class SqliteWriteMeter
{
    private long commits;

    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Each time a statement of a writer found the database locked: the stack of the thread that had to wait.</summary>
    public Observed<string> LockWaits { get; } = new();

    /// <summary>Wraps the app's <see cref="IDbConnectionFactory"/> registration.</summary>
    public void Decorate(IServiceCollection services)
    {
        ServiceDescriptor original = services.Last(d => d.ServiceType == typeof(IDbConnectionFactory));
        services.Remove(original);
        services.AddSingleton<IDbConnectionFactory>(sp => new Metered(this, (IDbConnectionFactory)original.ImplementationFactory!(sp)));
    }

    private DbConnection Watch(DbConnection connection, bool writer)
    {
        SQLitePCL.sqlite3 handle = ((SqliteConnection)connection).Handle!;
        SQLitePCL.raw.sqlite3_commit_hook(handle, _ =>
        {
            Interlocked.Increment(ref commits);
            return 0;
        }, null);
        // Pooled connections serve both roles: the handler of each open says which one it has now.
        SqliteBusyHandler.Install(handle, writer ? () => LockWaits.Add(Environment.StackTrace) : () => { });
        return connection;
    }

    private sealed class Metered(SqliteWriteMeter meter, IDbConnectionFactory inner) : IDbConnectionFactory
    {
        public SqlDialect Dialect => inner.Dialect;

        public async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => meter.Watch(await inner.OpenAsync(ct), writer: false);

        public async ValueTask<DbConnection> OpenWriterAsync(CancellationToken ct) => meter.Watch(await inner.OpenWriterAsync(ct), writer: true);
    }
}
