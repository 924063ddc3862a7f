using System.Data.Common;
using Npgsql;

namespace TeamsBookingsBot.Storage;

internal sealed class PostgresConnectionFactory(string connectionString) : IDbConnectionFactory, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public SqlDialect Dialect => SqlDialect.Postgres;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    // PostgreSQL orders concurrent writers itself, row by row: no turn-taking in the process.
    public ValueTask<DbConnection> OpenWriterAsync(CancellationToken ct) => OpenAsync(ct);

    public void Dispose() => dataSource.Dispose();

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
