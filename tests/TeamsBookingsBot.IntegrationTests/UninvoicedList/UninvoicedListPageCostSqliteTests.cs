using System.Data.Common;
using System.Text.RegularExpressions;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

public sealed partial class UninvoicedListPageCostSqliteTests(SqliteStorageDatabase database)
    : UninvoicedListPageCostTests(database), IClassFixture<SqliteStorageDatabase>
{
    /// <summary>Every query of a page far into the list searches an index and sorts nothing: SQLite's own plan says so.</summary>
    [Fact]
    public async Task PageAsync_PageFarIntoTheList_EveryQuerySearchesAnIndexAndSortsNothing()
    {
        (_, StorageWorkCount.Counter work) = await PageAsync(await BusinessWithAsync(bookings: 300), Criteria with { Position = FarIn with { Before = true } });

        string[] selects = [.. work.Texts.Where(t => t.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))];
        Assert.NotEmpty(selects);
        await using DbConnection connection = await Db.OpenAsync(default);
        foreach (string select in selects)
        {
            await using DbCommand explain = connection.Sql("EXPLAIN QUERY PLAN " + select);
            foreach (string name in Parameter().Matches(select).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                explain.With(name, null); // a plan does not depend on the values
            }
            await using DbDataReader reader = await explain.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
            string described = $"{select}{Environment.NewLine}{string.Join(Environment.NewLine, plan)}";
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
            Assert.True(plan.Exists(step => step.Contains("USING INDEX", StringComparison.Ordinal) || step.Contains("PRIMARY KEY", StringComparison.Ordinal)
                || step.Contains("USING COVERING INDEX", StringComparison.Ordinal)), described);
        }
    }

    [GeneratedRegex(@"@([a-z_0-9]+)")]
    private static partial Regex Parameter();
}
