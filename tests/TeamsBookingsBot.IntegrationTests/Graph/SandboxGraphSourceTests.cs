using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

/// <summary>The real Graph SDK through the bot's pipeline against the sandbox Graph server over HTTP.</summary>
public sealed class SandboxGraphSourceTests : IAsyncLifetime
{
    private const string Mailbox = SandboxBookingsData.Mailbox;
    private static readonly DateOnly Today = new(2026, 11, 18);
    private static readonly DateTimeOffset DayStart = new(Today, TimeOnly.MinValue, TimeSpan.Zero);

    private readonly SandboxGraphApi api = new(SandboxBookingsData.Generate(Today), TimeProvider.System, NullLogger<SandboxGraphApi>.Instance);
    private LoopbackServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(null, app => api.Map(app, "/sandbox/graph"));

    public async Task DisposeAsync() => await server.DisposeAsync();

    private GraphSourceHost Host(IDictionary<string, string?>? extra = null) =>
        GraphSourceHost.Create(server.Origin + "/sandbox/graph/v1.0", Mailbox.ToUpperInvariant(), extra);

    [Fact]
    public async Task GetAppointment_ManyInParallel_NeverMoreThanFourInFlightPerMailbox()
    {
        using GraphSourceHost host = Host();
        api.Latency = TimeSpan.FromMilliseconds(60);
        string[] ids = api.Data.Appointments.Take(24).Select(a => a.AppointmentId).ToArray();

        // Mixed mailbox casing: the gate must treat them as one mailbox, as Graph does.
        Booking?[] bookings = await Task.WhenAll(ids.Select((id, i) =>
            host.Source.GetAppointmentAsync(i % 2 == 0 ? Mailbox : Mailbox.ToUpperInvariant(), id, default)));

        Assert.Equal(ids, bookings.Select(b => b?.AppointmentId));
        Assert.Equal(24, api.Counters.Requests("appointment"));
        Assert.InRange(api.Counters.MaxInFlight(Mailbox), 2, SandboxGraphApi.ConcurrencyLimit);
        Assert.Equal(0, api.Counters.ThrottledResponses);
    }

    [Fact]
    public async Task ListAppointments_SimulatedCancellation_ServedByTheFirstFullListingOnlyAndPagingStaysWhole()
    {
        using GraphSourceHost host = Host();
        IReadOnlyList<Booking> all = api.Data.Appointments;
        string cancelled = all[all.Count / 2].AppointmentId;
        api.CancelAfterFirstListing = cancelled;
        DateTimeOffset from = all[0].StartUtc.AddHours(-1), to = all[^1].EndUtc.AddHours(1);

        IReadOnlyList<Booking> first = await host.Source.ListAppointmentsAsync(Mailbox, from, to, default);
        IReadOnlyList<Booking> second = await host.Source.ListAppointmentsAsync(Mailbox, from, to, default);

        Assert.Equal(all.Count, first.Count);
        Assert.Contains(first, b => b.AppointmentId == cancelled);
        Assert.Equal(all.Count - 1, second.Count);
        Assert.DoesNotContain(second, b => b.AppointmentId == cancelled);
    }

    [Fact]
    public async Task ListAppointments_WholeWindow_FollowsEveryPageAndHidesSomeCustomers()
    {
        using GraphSourceHost host = Host();
        IReadOnlyList<Booking> expected = api.Data.Appointments;

        IReadOnlyList<Booking> listed = await host.Source.ListAppointmentsAsync(
            Mailbox, expected[0].StartUtc.AddHours(-1), expected[^1].EndUtc.AddHours(1), default);

        Assert.Equal(expected.Select(b => b.AppointmentId), listed.Select(b => b.AppointmentId));
        Assert.Equal((expected.Count + api.CalendarViewPageSize - 1) / api.CalendarViewPageSize, api.Counters.Requests("calendarView"));
        Booking hidden = listed.First(b => b.Customers.Count == 0 && api.Data.Find(b.AppointmentId)!.Customers.Count == 1);
        Booking full = (await host.Source.GetAppointmentAsync(Mailbox, hidden.AppointmentId, default))!;
        Assert.Equal(api.Data.Find(hidden.AppointmentId)!.Customers, full.Customers);
        Booking source = api.Data.Find(hidden.AppointmentId)!;
        Assert.Equal((source.StartUtc, source.EndUtc, source.Price, source.PriceType, source.LastUpdatedUtc, source.StaffMemberIds.Single()),
            (full.StartUtc, full.EndUtc, full.Price, full.PriceType, full.LastUpdatedUtc, full.StaffMemberIds.Single()));
    }

    [Fact]
    public async Task GetAppointment_IdWithSlashOrPlus_IsFound()
    {
        using GraphSourceHost host = Host();
        string id = api.Data.Appointments.Select(a => a.AppointmentId).First(i => i.Contains('/', StringComparison.Ordinal));

        Booking? booking = await host.Source.GetAppointmentAsync(Mailbox, id, default);

        Assert.Equal(id, booking?.AppointmentId);
    }

    [Fact]
    public async Task GetAppointment_Throttled429WithDecimalRetryAfter_WaitsItOutExactlyAndSucceeds()
    {
        using GraphSourceHost host = Host();
        api.Latency = TimeSpan.Zero;
        string id = api.Data.Appointments[0].AppointmentId;
        api.InjectFaults(1, new SandboxGraphFault(429, SandboxGraphApi.ThrottleRetryAfter));

        long started = Stopwatch.GetTimestamp();
        Booking? booking = await host.Source.GetAppointmentAsync(Mailbox, id, default);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);

        Assert.Equal(id, booking?.AppointmentId);
        Assert.Equal(2, api.Counters.Requests("appointment"));
        Assert.True(elapsed >= TimeSpan.FromSeconds(2.1), $"retried after {elapsed.TotalMilliseconds} ms");
        // Bounded, not backing off for long; that "2.128" is read exactly (Kiota would wait a fixed 3 s) is proven
        // without wall-clock timing by the Retry-After parsing unit tests: a loaded 2-core CI machine makes a tight
        // upper bound here flaky.
        Assert.True(elapsed < TimeSpan.FromSeconds(6), $"retried after {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ListServices_503WithoutRetryAfter_BacksOffAndSucceeds()
    {
        using GraphSourceHost host = Host(new Dictionary<string, string?> { ["Graph:RetryBaseDelayMs"] = "20" });
        api.InjectFaults(2, new SandboxGraphFault(503));

        IReadOnlyList<BookingService> services = await host.Source.ListServicesAsync(Mailbox, default);

        Assert.Equal(api.Data.Services.Select(s => s.Name), services.Select(s => s.Name));
        Assert.Equal(3, api.Counters.Requests("services"));
    }

    [Fact]
    public async Task ListAppointments_ThrottledOnEveryRetry_ThrowsThrottledInPlainWords()
    {
        using GraphSourceHost host = Host(new Dictionary<string, string?> { ["Graph:RetryMaxAttempts"] = "1" });
        api.InjectFaults(2, new SandboxGraphFault(429, "0.05"));

        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(() =>
            host.Source.ListAppointmentsAsync(Mailbox, DayStart, DayStart.AddDays(1), default));

        Assert.Equal(BookingsSourceFailure.Throttled, ex.Failure);
        Assert.Equal(429, ex.StatusCode);
        Assert.Contains("throttling", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, api.Counters.Requests("calendarView"));
    }

    [Fact]
    public async Task ListAppointments_Forbidden_ThrowsAccessDeniedNamingThePermissions()
    {
        using GraphSourceHost host = Host();
        api.InjectFaults(1, new SandboxGraphFault(403));

        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(() =>
            host.Source.ListAppointmentsAsync(Mailbox, DayStart, DayStart.AddDays(1), default));

        Assert.Equal(BookingsSourceFailure.AccessDenied, ex.Failure);
        Assert.Equal(
            $"Microsoft Graph refused access to the Bookings mailbox {Mailbox} (HTTP 403, ErrorAccessDenied): grant the app the application permissions Bookings.Read.All and BookingsAppointment.ReadWrite.All with admin consent.",
            ex.Message);
    }

    [Fact]
    public async Task GetBusiness_UnknownMailbox_ThrowsNotFound()
    {
        using GraphSourceHost host = Host();

        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(() =>
            host.Source.GetBusinessAsync("nobody@contoso.onmicrosoft.com", default));

        Assert.Equal(BookingsSourceFailure.NotFound, ex.Failure);
        Assert.Contains("nobody@contoso.onmicrosoft.com", ex.Message, StringComparison.Ordinal);
    }
}
