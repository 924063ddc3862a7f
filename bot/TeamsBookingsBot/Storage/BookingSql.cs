using System.Data.Common;
using System.Text;
using System.Text.Json;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>Small pieces the Bookings stores share.</summary>
internal static class BookingSql
{
    /// <summary>Ids per <c>IN (...)</c>: well below SQLite's and PostgreSQL's parameter limits.</summary>
    public const int MaxIdsPerStatement = 500;

    /// <summary>Mailboxes compare case-insensitively, so the stored key is lower-case.</summary>
    public static string Key(string businessId) => businessId.Trim().ToLowerInvariant();

    /// <summary>Adds <c>@id0..@idN</c> and returns the <c>IN</c> list text for them.</summary>
    public static string InList(DbCommand command, IReadOnlyList<string> ids, string prefix = "id")
    {
        var text = new StringBuilder("(");
        for (int i = 0; i < ids.Count; i++)
        {
            string name = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(i == 0 ? "@" : ", @").Append(name);
            command.With(name, ids[i]);
        }
        return text.Append(')').ToString();
    }

    public static string StaffIds(IReadOnlyList<string> ids) => JsonSerializer.Serialize(ids);

    public static IReadOnlyList<string> ReadStaffIds(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static BookingPriceType ReadPriceType(string text) =>
        Enum.TryParse(text, ignoreCase: false, out BookingPriceType type) ? type : BookingPriceType.UnknownFutureValue;

    public static long Milliseconds(TimeSpan value) => (long)value.TotalMilliseconds;

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using DbCommand command = connection.Sql(sql, transaction);
        foreach ((string name, object? value) in parameters)
        {
            command.With(name, value);
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
