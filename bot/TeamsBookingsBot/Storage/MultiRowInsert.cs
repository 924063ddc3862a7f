using System.Data.Common;
using System.Globalization;
using System.Text;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Many rows in one transaction as few statements as the dialect likes: <c>INSERT ... VALUES (...), (...)</c>
/// (optionally with an <c>ON CONFLICT</c> clause) of up to <see cref="SqlDialect.InsertParameterBudget"/> parameters,
/// every full statement run again by the same command (SQLite keeps it prepared) with the next rows' values. Thousands
/// of rows are a few dozen round trips on PostgreSQL and no parse per row on SQLite. PostgreSQL refuses to update one
/// row twice in one statement, so callers pass each key once.
/// </summary>
internal static class MultiRowInsert
{
    public static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string table, IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows, CancellationToken ct, string onConflict = "")
    {
        int rowsPerStatement = Math.Max(1, dialect.InsertParameterBudget / columns.Count);
        DbCommand? full = null;
        try
        {
            foreach (object?[][] chunk in rows.Chunk(rowsPerStatement))
            {
                if (chunk.Length == rowsPerStatement)
                {
                    full ??= Statement(connection, transaction, table, columns, rowsPerStatement, onConflict);
                    await RunAsync(full, chunk, ct);
                    continue;
                }
                await using DbCommand rest = Statement(connection, transaction, table, columns, chunk.Length, onConflict);
                await RunAsync(rest, chunk, ct);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand Statement(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, int rows, string onConflict)
    {
        DbCommand command = connection.Sql("", transaction);
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (int r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Count; c++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"r{r}c{c}");
                sql.Append(c == 0 ? "@" : ", @").Append(name);
                command.With(name, null);
            }
            sql.Append(')');
        }
        command.CommandText = sql.Append(' ').Append(onConflict).ToString();
        return command;
    }

    private static async Task RunAsync(DbCommand command, object?[][] rows, CancellationToken ct)
    {
        int columns = rows[0].Length;
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                command.Parameters[(r * columns) + c].Value = DbCommandExtensions.ToDbValue(rows[r][c]);
            }
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
