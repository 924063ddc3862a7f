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

    // The sandbox's own clock: a request's latency is a wait on it, so the request stays in flight until the test advances it.
    private readonly RecordingClock sandboxClock = new();
    private readonly SandboxGraphApi api;
    private LoopbackServer server = null!;

    public SandboxGraphSourceTests() =>
        api = new(SandboxBookingsData.Generate(Today, time: sandboxClock), sandboxClock, NullLogger<SandboxGraphApi>.Instance);

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(null, app => api.Map(app, "/sandbox/graph"));

    public async Task DisposeAsync() => await server.DisposeAsync();

    // Every retry wait of the client is on this clock; the default attempt timeout (100 s) is longer than any of them.
    private readonly RecordingClock clock = new();

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(new GraphOptions().RequestTimeoutSeconds);

    private GraphSourceHost Host(IDictionary<string, string?>? extra = null) =>
        GraphSourceHost.Create(server.Origin + "/sandbox/graph/v1.0", Mailbox.ToUpperInvariant(), extra, clock);

    [Fact]
    public async Task GetAppointment_ManyInParallel_NeverMoreThanFourInFlightPerMailbox()
    {
        using GraphSourceHost host = Host();
        api.Latency = TimeSpan.FromMilliseconds(60);
        string[] ids = api.Data.Appointments.Take(24).Select(a => a.AppointmentId).ToArray();

        // Mixed mailbox casing: the gate must treat them as one mailbox, as Graph does.
        Task<Booking?[]> gets = Task.WhenAll(ids.Select((id, i) =>
            host.Source.GetAppointmentAsync(i % 2 == 0 ? Mailbox : Mailbox.ToUpperInvariant(), id, default)));
        // Four latency waits started on the sandbox clock are four requests in flight at once; only then does time move.
        for (int round = 0; round < ids.Length / SandboxGraphApi.ConcurrencyLimit; round++)
        {
            for (int i = 0; i < SandboxGraphApi.ConcurrencyLimit; i++)
            {
                Assert.Equal(api.Latency, await sandboxClock.NextWaitAsync(below: AttemptTimeout));
            }
            sandboxClock.Advance(api.Latency);
        }
        Booking?[] bookings = await gets;

        Assert.Equal(ids, bookings.Select(b => b?.AppointmentId));
        Assert.Equal(24, api.Counters.Requests("appointment"));
        Assert.Equal(SandboxGraphApi.ConcurrencyLimit, api.Counters.MaxInFlight(Mailbox));
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

        Task<Booking?> get = host.Source.GetAppointmentAsync(Mailbox, id, default);
        TimeSpan wait = await clock.NextWaitAsync(below: AttemptTimeout);

        // Exactly Graph's 2.128 s, not Kiota's fixed 3 s: Kiota's RetryHandler is out of the chain.
        Assert.Equal(TimeSpan.FromMilliseconds(2128), wait);
        Assert.Equal(1, api.Counters.Requests("appointment"));
        clock.Advance(wait);
        Booking? booking = await get;
        Assert.Equal(id, booking?.AppointmentId);
        Assert.Equal(2, api.Counters.Requests("appointment"));
    }

    [Fact]
    public async Task GetAppointment_FourWaitingOutRetryAfter_HoldNoSlotOfTheMailbox()
    {
        using GraphSourceHost host = Host();
        api.Latency = TimeSpan.Zero;
        string[] ids = api.Data.Appointments.Take(5).Select(a => a.AppointmentId).ToArray();
        api.InjectFaults(4, new SandboxGraphFault(429, SandboxGraphApi.ThrottleRetryAfter));

        Task<Booking?>[] throttled = [.. ids.Take(4).Select(id => host.Source.GetAppointmentAsync(Mailbox, id, default))];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(TimeSpan.FromMilliseconds(2128), await clock.NextWaitAsync(below: AttemptTimeout));
        }

        // All four of the mailbox's slots would be taken if a wait held one: the fifth call goes through at once.
        Booking? fifth = await host.Source.GetAppointmentAsync(Mailbox, ids[4], default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(ids[4], fifth?.AppointmentId);
        Assert.All(throttled, t => Assert.False(t.IsCompleted));
        clock.Advance(TimeSpan.FromMilliseconds(2128));
        Assert.Equal(ids.Take(4), (await Task.WhenAll(throttled)).Select(b => b?.AppointmentId));
        Assert.Equal(9, api.Counters.Requests("appointment"));
    }

    [Fact]
    public async Task ListServices_503WithoutRetryAfter_BacksOffAndSucceeds()
    {
        using GraphSourceHost host = Host();
        api.InjectFaults(2, new SandboxGraphFault(503));

        Task<IReadOnlyList<BookingService>> list = host.Source.ListServicesAsync(Mailbox, default);
        IReadOnlyList<TimeSpan> waits = await clock.RunThroughWaitsAsync(list, below: AttemptTimeout);

        Assert.Equal(api.Data.Services.Select(s => s.Name), (await list).Select(s => s.Name));
        Assert.Equal(3, api.Counters.Requests("services"));
        Assert.Equal(2, waits.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.Zero, TimeSpan.FromSeconds(new GraphOptions().RetryMaxDelaySeconds)));
    }

    [Fact]
    public async Task ListAppointments_ThrottledOnEveryRetry_ThrowsThrottledInPlainWords()
    {
        using GraphSourceHost host = Host(new Dictionary<string, string?> { ["Graph:RetryMaxAttempts"] = "1" });
        api.InjectFaults(2, new SandboxGraphFault(429, "0.05"));

        Task<IReadOnlyList<Booking>> list = host.Source.ListAppointmentsAsync(Mailbox, clock.GetUtcNow().AddDays(-1), clock.GetUtcNow(), default);
        IReadOnlyList<TimeSpan> waits = await clock.RunThroughWaitsAsync(list.ContinueWith(_ => { }, TaskScheduler.Default), below: AttemptTimeout);

        Assert.Equal([TimeSpan.FromMilliseconds(50)], waits);
        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(() => list);

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
