using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

public sealed class MigrationCatalogTests
{
    [Fact]
    public void All_Versions_RunFromOneWithoutGapsInOrder()
    {
        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), MigrationCatalog.All.Select(m => m.Version));
    }

    [Fact]
    public void All_Names_AreUniqueSnakeCase()
    {
        Assert.All(MigrationCatalog.All, m => Assert.Matches("^[a-z][a-z0-9_]*$", m.Name));
        Assert.Equal(MigrationCatalog.All.Count, MigrationCatalog.All.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void All_SqlForBothDialects_HasNoTokenLeft()
    {
        foreach (IMigration migration in MigrationCatalog.All)
        {
            Assert.DoesNotMatch(@"\{[a-z]+\}", migration.BuildSql(SqlDialect.Sqlite));
            Assert.DoesNotMatch(@"\{[a-z]+\}", migration.BuildSql(SqlDialect.Postgres));
        }
    }
}
