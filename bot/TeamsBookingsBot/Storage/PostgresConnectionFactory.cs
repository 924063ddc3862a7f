using System.Data.Common;
using Npgsql;

namespace TeamsBookingsBot.Storage;

internal sealed class PostgresConnectionFactory(string connectionString) : IDbConnectionFactory, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public SqlDialect Dialect => SqlDialect.Postgres;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
