using System.Data.Common;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The businesses in <c>Graph:Businesses</c> (the sandbox's is added there when the sandbox is on), with the display
/// name and currency the last sync learned from Graph; the zone always comes from configuration, because Graph v1.0
/// has none. Before a first sync the configured name (else the mailbox) and currency (else XXX) stand in.
/// </summary>
internal sealed class BookingsBusinessCatalog(IOptions<GraphOptions> options, IDbConnectionFactory db) : IBookingsBusinessCatalog
{
    private const string NoCurrency = "XXX";

    public async Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct)
    {
        IReadOnlyDictionary<string, (string DisplayName, string Currency)> learned = await ReadLearnedAsync(ct);
        return options.Value.Businesses
            .DistinctBy(b => BookingSql.Key(b.Id))
            .Select(b => Describe(b, learned))
            .ToArray();
    }

    public async Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct)
    {
        GraphBusinessOptions? configured = options.Value.FindBusiness(businessId.Trim());
        return configured is null ? null : Describe(configured, await ReadLearnedAsync(ct));
    }

    private static BookingsBusiness Describe(GraphBusinessOptions b, IReadOnlyDictionary<string, (string DisplayName, string Currency)> learned) =>
        learned.TryGetValue(BookingSql.Key(b.Id), out (string DisplayName, string Currency) seen)
            ? new BookingsBusiness(b.Id, Text(b.DisplayName) ?? seen.DisplayName, b.TimeZone, seen.Currency)
            : new BookingsBusiness(b.Id, Text(b.DisplayName) ?? b.Id, b.TimeZone, Text(b.Currency)?.ToUpperInvariant() ?? NoCurrency);

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
