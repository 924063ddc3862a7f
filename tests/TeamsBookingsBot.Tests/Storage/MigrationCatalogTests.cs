using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

public sealed class MigrationCatalogTests
{
    [Fact]
    public void All_Versions_StartAtOneAndIncrease()
    {
        // Work in parallel reserves version numbers (issue 9: 0007 query, 0008 activity, 0009 sync), so a branch can
        // have a gap until they meet; the migrator applies what is pending in version order either way.
        Assert.Equal(1, MigrationCatalog.All[0].Version);
        Assert.All(MigrationCatalog.All.Zip(MigrationCatalog.All.Skip(1)), pair => Assert.True(pair.First.Version < pair.Second.Version));
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
