using System.Data.Common;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The businesses of the stored settings (<see cref="IBusinessSettingsStore"/>: seeded from <c>Graph:Businesses</c>,
/// or set up from Teams), with the display name and currency the last sync learned from Graph. The zone comes from
/// the settings, because Graph v1.0 has none; a display name set there wins over Bookings'. Before a first sync the
/// set name (else the mailbox) and currency (else XXX) stand in.
/// </summary>
internal sealed class BookingsBusinessCatalog(IBusinessSettingsStore settings, IDbConnectionFactory db) : IBookingsBusinessCatalog
{
    private const string NoCurrency = "XXX";

    public async Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) =>
        await DescribeAsync(await settings.ListAllAsync(ct), ct);

    public async Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct)
    {
        string key = BookingSql.Key(businessId);
        return (await ListAsync(ct)).FirstOrDefault(b => BookingSql.Key(b.Id) == key);
    }

    public async Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) =>
        await DescribeAsync(await settings.ListAsync(tenantId, ct), ct);

    public async Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) =>
        await settings.FindAsync(tenantId, businessId, ct) is { } found ? (await DescribeAsync([found], ct))[0] : null;

    private async Task<IReadOnlyList<BookingsBusiness>> DescribeAsync(IReadOnlyList<BusinessSettings> businesses, CancellationToken ct)
    {
        if (businesses.Count == 0)
        {
            return [];
        }
        IReadOnlyDictionary<string, (string DisplayName, string Currency)> learned = await ReadLearnedAsync(ct);
        return [.. businesses.DistinctBy(b => BookingSql.Key(b.BusinessId)).Select(b => Describe(b, learned))];
    }

    private static BookingsBusiness Describe(BusinessSettings b, IReadOnlyDictionary<string, (string DisplayName, string Currency)> learned) =>
        learned.TryGetValue(BookingSql.Key(b.BusinessId), out (string DisplayName, string Currency) seen)
            ? new BookingsBusiness(b.BusinessId, Text(b.DisplayName) ?? seen.DisplayName, b.TimeZoneId, seen.Currency)
            : new BookingsBusiness(b.BusinessId, Text(b.DisplayName) ?? b.BusinessId, b.TimeZoneId, Text(b.CurrencyCode)?.ToUpperInvariant() ?? NoCurrency);

    private async Task<IReadOnlyDictionary<string, (string, string)>> ReadLearnedAsync(CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("SELECT business_id, display_name, currency FROM booking_businesses");
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var learned = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            learned[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }
        return learned;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
