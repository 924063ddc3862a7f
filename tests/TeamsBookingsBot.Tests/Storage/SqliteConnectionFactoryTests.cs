using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Storage;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly string contentRoot = Directory.CreateTempSubdirectory("tbb-sqlite-").FullName;

    [Fact]
    public void Resolve_NoConnectionString_DataFolderUnderContentRootWithForeignKeysAndTimeout()
    {
        SqliteConnectionStringBuilder resolved = new(SqliteConnectionFactory.Resolve(null, contentRoot));

        Assert.Equal(Path.Combine(contentRoot, "data", "bot.db"), resolved.DataSource);
        Assert.True(Directory.Exists(Path.Combine(contentRoot, "data")));
        Assert.True(resolved.ForeignKeys);
        Assert.Equal(30, resolved.DefaultTimeout);
    }

    [Fact]
    public void Resolve_ExplicitTimeoutAndAbsolutePath_KeptAsGiven()
    {
        string file = Path.Combine(contentRoot, "elsewhere", "x.db");

        SqliteConnectionStringBuilder resolved = new(SqliteConnectionFactory.Resolve($"Data Source={file};Default Timeout=5", "/nonexistent"));

        Assert.Equal(file, resolved.DataSource);
        Assert.Equal(5, resolved.DefaultTimeout);
    }

    public void Dispose() => Directory.Delete(contentRoot, recursive: true);
}
