using System.Data.Common;

namespace TeamsBookingsBot.Storage;

/// <summary>Keeps repository code to SQL plus parameters, the same for both drivers.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Sql(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        StorageWorkCount.Command(sql);
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Adds <c>@name</c>. Times must be DateTimeOffset and are stored in UTC: Npgsql accepts only offset 0 for
    /// timestamptz, and SQLite compares the text form, which sorts only when every value has the same offset.
    /// </summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = ToDbValue(value);
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>A value as <see cref="With"/> stores it, for a parameter whose value is set again (a reused statement).</summary>
    public static object ToDbValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        DateTime => throw new ArgumentException("Pass times as DateTimeOffset.", nameof(value)),
        _ => value,
    };

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetUtc(this DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    public static DateTimeOffset? GetUtcOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetUtc(ordinal);

    public static int? GetInt32OrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static async Task<long> ScalarInt64Async(this DbCommand command, CancellationToken ct) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
}
