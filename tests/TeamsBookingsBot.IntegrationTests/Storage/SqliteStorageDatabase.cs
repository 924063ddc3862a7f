using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Storage;

public sealed class SqliteStorageDatabase : StorageDatabase
{
    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override Task<Dictionary<string, string?>> CreateFreshDatabaseAsync() =>
        Task.FromResult(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(ContentRoot, Guid.NewGuid().ToString("N"))}.db",
        });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
