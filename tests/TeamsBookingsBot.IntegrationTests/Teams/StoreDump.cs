using System.Data.Common;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Teams;

/// <summary>The rows of some tables, sorted, as one string: two dumps are equal when nothing in those tables changed.</summary>
internal static class StoreDump
{
    public static async Task<string> OfAsync(IServiceProvider services, params string[] tables)
    {
        await using DbConnection connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var dump = new StringBuilder();
        foreach (string table in tables)
        {
            await using DbCommand command = connection.Sql($"SELECT * FROM {table}");
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            List<string> rows = [];
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
            }
            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }
        return dump.ToString();
    }
}
