using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain;
using GraphModels = Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// <see cref="IBookingsSource"/> over Microsoft Graph v1.0. Lists use calendarView and follow every
/// @odata.nextLink; no $top is ever sent, because Graph stops returning nextLinks when one is given.
/// </summary>
internal sealed class GraphBookingsSource(GraphClientAccessor graph, IOptions<GraphOptions> options, ILogger<GraphBookingsSource> logger)
    : IBookingsSource
{
    // Placeholder used by Bookings when no default currency is set: ISO 4217 "no currency".
    private const string NoCurrency = "XXX";

    private GraphServiceClient Client => graph.Client;

    public Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct) =>
        CallAsync(businessId, "calendarView", async () =>
        {
            long started = Stopwatch.GetTimestamp();
            var calendar = Client.Solutions.BookingBusinesses[businessId].CalendarView;
            (List<GraphModels.BookingAppointment> items, int pages) = await ReadAllAsync(
                businessId,
                await calendar.GetAsync(rc =>
                {
                    rc.QueryParameters.Start = ToGraphTime(startUtc);
                    rc.QueryParameters.End = ToGraphTime(endUtc);
                }, ct),
                page => page.Value, page => page.OdataNextLink,
                next => calendar.WithUrl(next).GetAsync(cancellationToken: ct));
            Booking[] bookings = items.Select(a => GraphBookingMapper.ToBooking(businessId, a)).ToArray();
            int withoutCustomers = bookings.Count(b => b.Customers.Count == 0);
            long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.AppointmentsListed(businessId, bookings.Length, pages, withoutCustomers, elapsedMs);
            return (IReadOnlyList<Booking>)bookings;
        });

    /// <summary>Each calendarView page as soon as it arrives, so the sync fetches customers while the next page loads.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Booking>> ListAppointmentPagesAsync(
        string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, [EnumeratorCancellation] CancellationToken ct)
    {
        long started = Stopwatch.GetTimestamp();
        var calendar = Client.Solutions.BookingBusinesses[businessId].CalendarView;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int pages = 0, count = 0, withoutCustomers = 0;
        GraphModels.BookingAppointmentCollectionResponse? page = await CallAsync(businessId, "calendarView", () => calendar.GetAsync(rc =>
        {
            rc.QueryParameters.Start = ToGraphTime(startUtc);
            rc.QueryParameters.End = ToGraphTime(endUtc);
        }, ct));
        while (page is not null)
        {
            pages++;
            Booking[] bookings = (page.Value ?? []).Select(a => GraphBookingMapper.ToBooking(businessId, a)).ToArray();
            count += bookings.Length;
            withoutCustomers += bookings.Count(b => b.Customers.Count == 0);
            yield return bookings;
            string? next = page.OdataNextLink;
            if (string.IsNullOrEmpty(next))
            {
                break;
            }
            if (!seen.Add(next))
            {
                throw new BookingsSourceException(businessId, BookingsSourceFailure.InvalidResponse,
                    $"Microsoft Graph sent the same next page link twice for the Bookings mailbox {businessId}; stopped paging.");
            }
            page = await CallAsync(businessId, "calendarView", () => calendar.WithUrl(next).GetAsync(cancellationToken: ct));
        }
        long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.AppointmentsListed(businessId, count, pages, withoutCustomers, elapsedMs);
    }

    public async Task<Booking?> GetAppointmentAsync(string businessId, string appointmentId, CancellationToken ct)
    {
        try
        {
            return await CallAsync(businessId, "get appointment", async () =>
            {
                GraphModels.BookingAppointment? appointment =
                    await Client.Solutions.BookingBusinesses[businessId].Appointments[appointmentId].GetAsync(cancellationToken: ct);
                return appointment is null ? null : GraphBookingMapper.ToBooking(businessId, appointment);
            });
        }
        catch (BookingsSourceException ex) when (ex.StatusCode == 404)
        {
            logger.AppointmentNotFound(businessId, appointmentId);
            return null;
        }
    }

    public Task<IReadOnlyList<Domain.BookingService>> ListServicesAsync(string businessId, CancellationToken ct) =>
        CallAsync(businessId, "services", async () =>
        {
            var services = Client.Solutions.BookingBusinesses[businessId].Services;
            (List<GraphModels.BookingService> items, _) = await ReadAllAsync(
                businessId, await services.GetAsync(cancellationToken: ct),
                page => page.Value, page => page.OdataNextLink, next => services.WithUrl(next).GetAsync(cancellationToken: ct));
            string? currency = options.Value.FindBusiness(businessId)?.Currency;
            logger.ListRead(businessId, "services", items.Count);
            return (IReadOnlyList<Domain.BookingService>)items.Select(s => GraphBookingMapper.ToService(businessId, s, currency)).ToArray();
        });

    public Task<IReadOnlyList<BookingsCustomerRecord>> ListCustomersAsync(string businessId, CancellationToken ct) =>
        CallAsync(businessId, "customers", async () =>
        {
            var customers = Client.Solutions.BookingBusinesses[businessId].Customers;
            (List<GraphModels.BookingCustomerBase> items, _) = await ReadAllAsync(
                businessId, await customers.GetAsync(cancellationToken: ct),
                page => page.Value, page => page.OdataNextLink, next => customers.WithUrl(next).GetAsync(cancellationToken: ct));
            logger.ListRead(businessId, "customers", items.Count);
            return (IReadOnlyList<BookingsCustomerRecord>)items.Select(c => GraphBookingMapper.ToCustomerRecord(businessId, c)).ToArray();
        });

    public Task<IReadOnlyList<StaffMember>> ListStaffMembersAsync(string businessId, CancellationToken ct) =>
        CallAsync(businessId, "staffMembers", async () =>
        {
            var staff = Client.Solutions.BookingBusinesses[businessId].StaffMembers;
            (List<GraphModels.BookingStaffMemberBase> items, _) = await ReadAllAsync(
                businessId, await staff.GetAsync(cancellationToken: ct),
                page => page.Value, page => page.OdataNextLink, next => staff.WithUrl(next).GetAsync(cancellationToken: ct));
            logger.ListRead(businessId, "staff members", items.Count);
            return (IReadOnlyList<StaffMember>)items.Select(s => GraphBookingMapper.ToStaffMember(businessId, s)).ToArray();
        });

    public Task<BookingsBusiness> GetBusinessAsync(string businessId, CancellationToken ct) =>
        CallAsync(businessId, "get business", async () =>
        {
            GraphModels.BookingBusiness? business = await Client.Solutions.BookingBusinesses[businessId].GetAsync(cancellationToken: ct);
            GraphBusinessOptions? configured = options.Value.FindBusiness(businessId);
            return new BookingsBusiness(
                businessId,
                FirstText(configured?.DisplayName, business?.DisplayName) ?? businessId,
                // A business connected in setup rather than configured: the zone its booking page is in.
                FirstText(configured?.TimeZone, business?.BookingPageSettings?.BusinessTimeZone) ?? "UTC",
                FirstText(business?.DefaultCurrencyIso, configured?.Currency)?.ToUpperInvariant() ?? NoCurrency);
        });

    private async Task<T> CallAsync<T>(string businessId, string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (GraphFailures.IsRemote(ex))
        {
            BookingsSourceException failure = GraphFailures.Translate(ex, businessId);
            if (failure.StatusCode != 404)
            {
                logger.CallFailed(operation, businessId, failure.Failure.ToString(), failure.StatusCode, ex);
            }
            throw failure;
        }
    }

    private static async Task<(List<TItem> Items, int Pages)> ReadAllAsync<TPage, TItem>(
        string businessId,
        TPage? first,
        Func<TPage, List<TItem>?> items,
        Func<TPage, string?> nextLink,
        Func<string, Task<TPage?>> fetch)
        where TPage : class
    {
        var all = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int pages = 0;
        for (TPage? page = first; page is not null;)
        {
            pages++;
            all.AddRange(items(page) ?? []);
            string? next = nextLink(page);
            if (string.IsNullOrEmpty(next))
            {
                break;
            }
            if (!seen.Add(next))
            {
                throw new BookingsSourceException(businessId, BookingsSourceFailure.InvalidResponse,
                    $"Microsoft Graph sent the same next page link twice for the Bookings mailbox {businessId}; stopped paging.");
            }
            page = await fetch(next);
        }
        return (all, pages);
    }

    private static string ToGraphTime(DateTimeOffset value) => value.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
