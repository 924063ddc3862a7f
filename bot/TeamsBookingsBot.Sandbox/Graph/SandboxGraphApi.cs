using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Sandbox.Diagnostics;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// A fake Microsoft Graph v1.0 Bookings server over one or more <see cref="SandboxBookingsData"/> businesses (each
/// served by its mailbox, in its own zone and currency), with Graph's quirks:
/// absolute @odata.nextLink paging (no nextLink when $top is sent, as Graph does; calendarView pages continue from a
/// cursor, so a page costs what it holds and appointments added or removed between pages shift nothing), empty customers on list
/// responses for about half the appointments (full on GET by id), and 429 with <c>Retry-After: 2.128</c> when a
/// mailbox has more than four requests in flight. Map it under any prefix; the Graph base URL is then
/// <c>{origin}{prefix}/v1.0</c>.
/// </summary>
public sealed class SandboxGraphApi
{
    public const int ConcurrencyLimit = 4;
    public const string ThrottleRetryAfter = "2.128";

    /// <summary>A listed business whose every request answers 403 ErrorAccessDenied, as a mailbox the app has no permission for does.</summary>
    public const string ForbiddenMailbox = "northwindclinic@contoso.onmicrosoft.com";

    public const string ForbiddenBusinessName = "Northwind Clinic";

    private readonly ConcurrentQueue<SandboxGraphFault> faults = new();
    private readonly IReadOnlyList<SandboxBookingsData> businesses;
    private readonly TimeProvider time;
    private readonly ILogger<SandboxGraphApi> logger;

    /// <summary>Serves <paramref name="data"/> only.</summary>
    public SandboxGraphApi(SandboxBookingsData data, TimeProvider time, ILogger<SandboxGraphApi> logger)
        : this([data], time, logger)
    {
    }

    /// <summary>Serves every business of <paramref name="businesses"/> (at least one), each by its mailbox.</summary>
    public SandboxGraphApi(IReadOnlyList<SandboxBookingsData> businesses, TimeProvider time, ILogger<SandboxGraphApi> logger)
    {
        ArgumentOutOfRangeException.ThrowIfZero(businesses.Count);
        this.businesses = businesses;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The first business.</summary>
    public SandboxBookingsData Data => businesses[0];

    public IReadOnlyList<SandboxBookingsData> Businesses => businesses;

    /// <summary>The business with this mailbox (any casing), or null.</summary>
    public SandboxBookingsData? DataFor(string mailbox) => businesses.FirstOrDefault(b => b.IsMailbox(mailbox));

    public SandboxGraphCounters Counters { get; } = new();

    /// <summary>Added to every admitted request, while it counts as in flight.</summary>
    public TimeSpan Latency { get; set; }

    public int CalendarViewPageSize { get; set; } = 50;

    /// <summary>
    /// An appointment served once by a complete calendarView listing and then deleted, as a customer cancelling after
    /// the first sync would. It goes only after the listing's last page, so the paging of that listing stays whole.
    /// </summary>
    public string? CancelAfterFirstListing { get; set; }

    private int cancelled;

    public int ListPageSize { get; set; } = 100;

    /// <summary>The next <paramref name="count"/> requests (any kind) get this error instead of an answer.</summary>
    public void InjectFaults(int count, SandboxGraphFault fault)
    {
        for (int i = 0; i < count; i++)
        {
            faults.Enqueue(fault);
        }
    }

    /// <summary>Maps the Bookings routes at <c>{prefix}/v1.0/solutions/bookingBusinesses/{id}</c>.</summary>
    public RouteGroupBuilder Map(IEndpointRouteBuilder routes, string prefix)
    {
        string root = prefix.TrimEnd('/') + "/v1.0";
        routes.MapGet(root + "/solutions/bookingBusinesses", (HttpContext http) => faults.TryDequeue(out SandboxGraphFault? fault)
            ? Fault(http, fault)
            : Json(SandboxGraphJson.BusinessList(businesses.Select(b => b.Profile))));
        RouteGroupBuilder business = routes.MapGroup(root + "/solutions/bookingBusinesses/{id}");
        business.MapGet("", (HttpContext http, string id) =>
            HandleAsync(http, id, "business", data => Json(SandboxGraphJson.Business(data.Profile))));
        business.MapGet("/calendarView", (HttpContext http, string id) =>
            HandleAsync(http, id, "calendarView", data => CalendarView(http, root, id, data)));
        business.MapGet("/appointments", (HttpContext http, string id) =>
            HandleAsync(http, id, "appointments", data => Page(http, root, id, "appointments", ListPageSize, data.Appointments, (a, _) => ListedAppointment(data, a))));
        business.MapGet("/appointments/{appointmentId}", (HttpContext http, string id, string appointmentId) =>
            HandleAsync(http, id, "appointment", data => Appointment(data, appointmentId)));
        business.MapGet("/customers", (HttpContext http, string id) =>
            HandleAsync(http, id, "customers", data => Page(http, root, id, "customers", ListPageSize, data.Customers, (c, _) => SandboxGraphJson.Customer(c))));
        business.MapGet("/services", (HttpContext http, string id) =>
            HandleAsync(http, id, "services", data => Page(http, root, id, "services", ListPageSize, data.Services,
                (s, _) => SandboxGraphJson.Service(s, data.Staff, data.Profile))));
        business.MapGet("/staffMembers", (HttpContext http, string id) =>
            HandleAsync(http, id, "staffMembers", data => Page(http, root, id, "staffMembers", ListPageSize, data.Staff,
                (m, i) => SandboxGraphJson.StaffMember(m, i, data.Profile))));
        return business;
    }

    private async Task<IResult> HandleAsync(HttpContext http, string id, string kind, Func<SandboxBookingsData, IResult> answer)
    {
        // Route values keep %2F encoded (and nextLinks carry a raw '@'): compare decoded, case-insensitively.
        string mailbox = Uri.UnescapeDataString(id);
        int inFlight = Counters.Enter(kind, mailbox);
        try
        {
            if (inFlight > ConcurrencyLimit)
            {
                Counters.CountThrottled();
                logger.SandboxGraphThrottled(mailbox, inFlight);
                http.Response.Headers.RetryAfter = ThrottleRetryAfter;
                return Results.Text(SandboxGraphJson.TooManyRequestsBody, "application/json", statusCode: 429);
            }
            if (faults.TryDequeue(out SandboxGraphFault? fault))
            {
                Counters.CountFault();
                logger.SandboxGraphFaultInjected(mailbox, fault.StatusCode);
                return Fault(http, fault);
            }
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, time, http.RequestAborted);
            }
            if (string.Equals(mailbox, ForbiddenMailbox, StringComparison.OrdinalIgnoreCase))
            {
                return Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
            }
            return DataFor(mailbox) is { } served
                ? answer(served)
                : Error(404, "ErrorInvalidMailbox", "The requested mailbox is not a Bookings business.");
        }
        finally
        {
            Counters.Exit(mailbox);
        }
    }

    private IResult CalendarView(HttpContext http, string root, string id, SandboxBookingsData data)
    {
        if (!TryReadTime(http.Request.Query["start"], out DateTimeOffset start) || !TryReadTime(http.Request.Query["end"], out DateTimeOffset end))
        {
            return Error(400, "ErrorInvalidParameter", "Both start and end are required, as ISO 8601 with Z or an offset.");
        }
        string? token = http.Request.Query["$skiptoken"];
        SandboxCalendarCursor? after = null;
        if (token is not null)
        {
            if (!SandboxCalendarCursor.TryParse(token, out SandboxCalendarCursor cursor))
            {
                return Error(400, "ErrorInvalidParameter", "The $skiptoken is not one this server sent.");
            }
            after = cursor;
        }
        // Graph returns no nextLink when $top is given, so a client sending $top silently loses data.
        bool top = TryReadTop(http, out int topCount);
        (IReadOnlyList<Booking> page, SandboxCalendarCursor? next) = data.Calendar.Page(start, end, after, top ? Math.Min(topCount, CalendarViewPageSize) : CalendarViewPageSize);
        string query = $"start={Uri.EscapeDataString(http.Request.Query["start"]!)}&end={Uri.EscapeDataString(http.Request.Query["end"]!)}&";
        string? nextLink = !top && next is { } n ? NextLink(http, root, id, "calendarView", query + "$skiptoken=" + Uri.EscapeDataString(n.ToString())) : null;
        string body = SandboxGraphJson.Collection(Uri.UnescapeDataString(id), "calendarView", page.Select(a => ListedAppointment(data, a)), nextLink);
        if (nextLink is null)
        {
            CancelIfListedCompletely(data, start, end);
        }
        return Json(body);
    }

    private void CancelIfListedCompletely(SandboxBookingsData data, DateTimeOffset start, DateTimeOffset end)
    {
        string? cancel = CancelAfterFirstListing;
        if (cancel is not null && data.Find(cancel) is { } listed && listed.StartUtc < end && listed.EndUtc > start
            && Interlocked.CompareExchange(ref cancelled, 1, 0) == 0)
        {
            data.Remove(cancel);
        }
    }

    private static JsonObject ListedAppointment(SandboxBookingsData data, Booking a) =>
        SandboxGraphJson.Appointment(a, !data.HidesCustomersOnLists(a.AppointmentId), data.Profile);

    private IResult Page<T>(HttpContext http, string root, string id, string entitySet, int pageSize, IReadOnlyList<T> items, Func<T, int, JsonObject> toJson)
    {
        int skip = int.TryParse(http.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
        bool top = TryReadTop(http, out int topCount);
        int take = Math.Max(0, Math.Min(top ? Math.Min(topCount, pageSize) : pageSize, items.Count - skip));
        IEnumerable<JsonObject> page = Enumerable.Range(skip, take).Select(i => toJson(items[i], i));
        string? next = !top && skip + take < items.Count ? NextLink(http, root, id, entitySet, $"$skiptoken={skip + take}") : null;
        return Json(SandboxGraphJson.Collection(Uri.UnescapeDataString(id), entitySet, page, next));
    }

    private static string NextLink(HttpContext http, string root, string id, string entitySet, string query) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{root}/solutions/bookingBusinesses/{Uri.UnescapeDataString(id)}/{entitySet}?{query}";

    private static bool TryReadTop(HttpContext http, out int top) =>
        int.TryParse(http.Request.Query["$top"], NumberStyles.None, CultureInfo.InvariantCulture, out top);

    private IResult Appointment(SandboxBookingsData data, string appointmentId)
    {
        Booking? booking = data.Find(Uri.UnescapeDataString(appointmentId));
        return booking is null
            ? Error(404, "ErrorItemNotFound", "The specified object was not found in the store.")
            : Json(SandboxGraphJson.Appointment(booking, withCustomers: true, data.Profile).ToJsonString());
    }

    private IResult Fault(HttpContext http, SandboxGraphFault fault)
    {
        if (fault.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = fault.RetryAfter;
        }
        return fault.StatusCode switch
        {
            429 => Results.Text(SandboxGraphJson.TooManyRequestsBody, "application/json", statusCode: 429),
            401 => Error(401, "InvalidAuthenticationToken", "Access token is empty."),
            403 => Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."),
            503 => Error(503, "ServiceUnavailable", "The service is temporarily unavailable."),
            504 => Error(504, "GatewayTimeout", "The gateway timed out."),
            _ => Error(fault.StatusCode, "UnknownError", "Injected sandbox fault."),
        };
    }

    private IResult Error(int status, string code, string message) =>
        Results.Text(SandboxGraphJson.Error(code, message, time.GetUtcNow()), "application/json", statusCode: status);

    private static IResult Json(string body) => Results.Text(body, "application/json");

    private static bool TryReadTime(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
