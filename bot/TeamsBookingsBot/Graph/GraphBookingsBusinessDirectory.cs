using Microsoft.Graph;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Diagnostics;
using GraphModels = Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// <see cref="IBookingsBusinessDirectory"/> over <c>GET /solutions/bookingBusinesses</c> in the tenant asked about, every
/// page (Graph caps the list at 500 and documents no paging, but a nextLink is followed if one comes). Graph's list
/// carries id and name only; email, zone and currency are taken when it sends them.
/// </summary>
internal sealed class GraphBookingsBusinessDirectory(GraphClientAccessor graph, ILogger<GraphBookingsBusinessDirectory> logger) : IBookingsBusinessDirectory
{
    public async Task<IReadOnlyList<BookingsBusinessListing>> ListAsync(string tenantId, CancellationToken ct)
    {
        var businesses = graph.Client.Solutions.BookingBusinesses;
        var option = new GraphTenantOption(tenantId);
        var listed = new List<BookingsBusinessListing>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            GraphModels.BookingBusinessCollectionResponse? page = await businesses.GetAsync(rc => rc.Options.Add(option), ct);
            while (page is not null)
            {
                listed.AddRange((page.Value ?? []).Where(b => !string.IsNullOrWhiteSpace(b.Id)).Select(ToListing));
                if (string.IsNullOrEmpty(page.OdataNextLink) || !seen.Add(page.OdataNextLink))
                {
                    break;
                }
                page = await businesses.WithUrl(page.OdataNextLink).GetAsync(rc => rc.Options.Add(option), ct);
            }
        }
        catch (Exception ex) when (GraphFailures.IsRemote(ex))
        {
            BookingsSourceException failure = GraphFailures.Translate(ex, "");
            logger.CallFailed("list businesses", "-", failure.Failure.ToString(), failure.StatusCode, ex);
            throw new BookingsSourceException("", failure.Failure, GraphSentences.ListBusinesses(ex, tenantId), failure.StatusCode, ex);
        }
        logger.ListRead("-", "Bookings businesses", listed.Count);
        return listed;
    }

    private static BookingsBusinessListing ToListing(GraphModels.BookingBusiness b) => new(
        b.Id!,
        string.IsNullOrWhiteSpace(b.DisplayName) ? b.Id! : b.DisplayName,
        string.IsNullOrWhiteSpace(b.Email) ? null : b.Email,
        string.IsNullOrWhiteSpace(b.BookingPageSettings?.BusinessTimeZone) ? null : b.BookingPageSettings.BusinessTimeZone,
        string.IsNullOrWhiteSpace(b.DefaultCurrencyIso) || b.DefaultCurrencyIso == "XXX" ? null : b.DefaultCurrencyIso.ToUpperInvariant());
}
