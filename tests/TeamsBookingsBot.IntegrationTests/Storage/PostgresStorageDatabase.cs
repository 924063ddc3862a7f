using TeamsBookingsBot.Testing.Postgres;

namespace TeamsBookingsBot.Storage;

public sealed class PostgresStorageDatabase : StorageDatabase
{
    public override StorageProvider Provider => StorageProvider.Postgres;

    public override async Task<Dictionary<string, string?>> CreateFreshDatabaseAsync()
    {
        PostgresCluster cluster = await PostgresCluster.GetAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Bot"] = await cluster.CreateDatabaseAsync(),
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
