namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// Bookings service id to BC item number, as BC's "Booking Service Mapping" table. Unmapped services
/// get suggestions by name among BC items of type Service (BC synced services only as Service items).
/// </summary>
public sealed class ServiceMapping(IReadOnlyDictionary<string, string> itemNumberByServiceId, IReadOnlyList<BcItemRef> items)
{
    private const int MaxSuggestions = 5;

    public static ServiceMapping Empty { get; } = new(new Dictionary<string, string>(), []);

    public ServiceMatch Find(string? serviceId, string serviceName)
    {
        if (serviceId is not null && itemNumberByServiceId.TryGetValue(serviceId, out string? itemNumber)
            && !string.IsNullOrWhiteSpace(itemNumber))
        {
            return new ServiceMatch.Mapped(itemNumber);
        }
        return new ServiceMatch.Unmapped(Suggest(serviceName));
    }

    private List<BcItemRef> Suggest(string serviceName)
    {
        string wanted = Normalize(serviceName);
        if (wanted.Length == 0)
        {
            return [];
        }
        return items
            .Where(item => item.IsService)
            .Select(item => (Item: item, Rank: Rank(Normalize(item.DisplayName), wanted)))
            .Where(candidate => candidate.Rank > 0)
            .OrderByDescending(candidate => candidate.Rank)
            .ThenBy(candidate => candidate.Item.Number, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(candidate => candidate.Item)
            .ToList();
    }

    private static int Rank(string itemName, string wanted)
    {
        if (itemName.Length == 0)
        {
            return 0;
        }
        if (itemName == wanted)
        {
            return 2;
        }
        return itemName.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(itemName, StringComparison.Ordinal) ? 1 : 0;
    }

    // BC descriptions are often upper-cased or padded differently from Bookings service names.
    internal static string Normalize(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}
