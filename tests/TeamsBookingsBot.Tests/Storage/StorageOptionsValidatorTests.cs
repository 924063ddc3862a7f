using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Storage;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator validator = new();

    [Theory]
    [InlineData("Sqlite", null)]
    [InlineData("sqlite", "Data Source=/var/lib/bot/bot.db")]
    [InlineData("Postgres", "Host=db;Username=bot;Password=secret;Database=bot")]
    public void Validate_GoodSettings_Succeeds(string provider, string? connectionString)
    {
        Assert.True(validator.Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString }).Succeeded);
    }

    [Theory]
    [InlineData("MySql", null, "Storage:Provider 'MySql' is unknown; use Sqlite or Postgres.")]
    [InlineData("1", null, "Storage:Provider '1' is unknown; use Sqlite or Postgres.")]
    [InlineData("Postgres", " ", "Storage:Provider is Postgres but ConnectionStrings:Bot is missing.")]
    [InlineData("Postgres", "Database=bot", "ConnectionStrings:Bot names no Host.")]
    [InlineData("Sqlite", "Data Source=:memory:", "ConnectionStrings:Bot: in-memory SQLite is not supported; give a file (Data Source=...).")]
    public void Validate_BadSettings_FailsWithOneLine(string provider, string? connectionString, string message)
    {
        ValidateOptionsResult result = validator.Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString });

        Assert.Equal(message, result.FailureMessage);
    }

    [Fact]
    public void Validate_PostgresStringWithUnknownKeyword_FailsWithoutEchoingIt()
    {
        ValidateOptionsResult result = validator.Validate(null, new StorageOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=db;Password=hunter2;Colour=blue",
        });

        Assert.StartsWith("ConnectionStrings:Bot is not a valid PostgreSQL connection string:", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }
}
