using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Storage;

internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private const int DefaultTimeoutSeconds = 30;

    public SqliteConnectionFactory(string? configuredConnectionString, string contentRoot)
    {
        ConnectionString = Resolve(configuredConnectionString, contentRoot);
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string ConnectionString { get; }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        SqliteConnection connection = new(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// Makes a relative file path relative to the content root (not the working directory, which differs
    /// between `dotnet run`, tests and services), creates its folder, and turns on foreign keys and the
    /// busy timeout: Microsoft.Data.Sqlite retries SQLITE_BUSY until Default Timeout runs out.
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
