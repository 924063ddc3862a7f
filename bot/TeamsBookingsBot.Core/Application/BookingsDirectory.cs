using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// Reference data the list needs besides the bookings: each business's currency, and staff names so
/// "by staff Anna" works although bookings only carry staff member ids.
/// </summary>
public sealed class BookingsDirectory(IEnumerable<BookingsBusiness> businesses, IReadOnlyDictionary<string, string>? staffNamesById = null)
{
    private readonly Dictionary<string, BookingsBusiness> _businesses =
        businesses.ToDictionary(b => b.Id, StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyDictionary<string, string> _staffNames =
        staffNamesById ?? new Dictionary<string, string>();

    public BookingsBusiness? Business(string businessId) =>
        _businesses.TryGetValue(businessId, out BookingsBusiness? business) ? business : null;

    public string? CurrencyOf(string businessId) => Business(businessId)?.CurrencyCode;

    public string? StaffName(string staffMemberId) =>
        _staffNames.TryGetValue(staffMemberId, out string? name) ? name : null;
}
