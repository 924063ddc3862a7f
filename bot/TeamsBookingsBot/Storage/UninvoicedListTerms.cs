using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The distinct values the list's filters look at, kept per business in <c>booking_list_terms</c> (only ever added to)
/// so a filter is matched once per value with <see cref="BookingFilterMatcher"/>'s own rules, and SQL only selects the
/// bookings that hold a matching value. Exact, where a LIKE could not be: the rules ignore case, accents and width.
/// </summary>
internal sealed class UninvoicedListTerms
{
    public const string CustomerName = "customer_name";
    public const string CustomerEmail = "customer_email";
    public const string ServiceName = "service_name";
    public const string ServiceId = "service_id";
    public const string StaffId = "staff_id";

    private readonly Dictionary<string, List<string>> byKind;

    public UninvoicedListTerms(IEnumerable<(string Kind, string Term)> terms)
    {
        byKind = terms.GroupBy(t => t.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.Term).ToList(), StringComparer.Ordinal);
    }

    public static IEnumerable<(string Kind, string Term)> Of(Booking booking)
    {
        yield return (ServiceName, booking.ServiceName);
        if (booking.ServiceId is { } serviceId)
        {
            yield return (ServiceId, serviceId);
        }
        foreach (string staffId in booking.StaffMemberIds)
        {
            yield return (StaffId, staffId);
        }
        foreach (BookingCustomer customer in booking.Customers)
        {
            if (customer.Name is { } name)
            {
                yield return (CustomerName, name);
            }
            if (customer.Email is { } email)
            {
                yield return (CustomerEmail, email);
            }
        }
    }

    /// <summary>The values of <paramref name="kind"/> that pass <paramref name="matches"/>.</summary>
    public IReadOnlyCollection<string> Matching(string kind, Func<string, bool> matches) =>
        byKind.TryGetValue(kind, out List<string>? terms) ? [.. terms.Where(matches)] : [];
}
