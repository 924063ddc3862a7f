using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace TeamsBookingsBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string ConnectionKey = "ConnectionStrings:" + StorageOptions.ConnectionStringName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!StorageOptions.TryParseProvider(options.Provider, out StorageProvider provider))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider '{options.Provider}' is unknown; use Sqlite or Postgres.");
        }
        if (options.ReceiptInProgressTimeout <= TimeSpan.Zero || options.ReceiptRetention <= TimeSpan.Zero
            || options.ReceiptPurgeInterval <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail(
                "Storage:ReceiptInProgressTimeout, ReceiptRetention and ReceiptPurgeInterval must be positive.");
        }
        if (options.LookupCacheDuration < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail("Storage:LookupCacheDuration must not be negative (00:00:00 reads the reference data on every use).");
        }
        return provider == StorageProvider.Postgres ? ValidatePostgres(options.ConnectionString) : ValidateSqlite(options.ConnectionString);
    }

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider is Postgres but {ConnectionKey} is missing.");
        }
        try
        {
            NpgsqlConnectionStringBuilder parsed = new(connectionString);
            return string.IsNullOrEmpty(parsed.Host)
                ? ValidateOptionsResult.Fail($"{ConnectionKey} names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the value: the string may hold a password.
            return ValidateOptionsResult.Fail($"{ConnectionKey} is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }

    private static ValidateOptionsResult ValidateSqlite(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Success;
        }
        try
        {
            SqliteConnectionStringBuilder parsed = new(connectionString);
            // Every pooled connection to an in-memory database would see its own empty database.
            return parsed.Mode == SqliteOpenMode.Memory || parsed.DataSource is "" or ":memory:"
                ? ValidateOptionsResult.Fail($"{ConnectionKey}: in-memory SQLite is not supported; give a file (Data Source=...).")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"{ConnectionKey} is not a valid SQLite connection string: {ex.Message}");
        }
    }
}
