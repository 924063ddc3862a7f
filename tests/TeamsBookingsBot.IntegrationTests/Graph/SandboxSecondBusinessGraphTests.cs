using Microsoft.Extensions.Logging.Abstractions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// The sandbox Graph serving both of its businesses, read by the bot's real Graph SDK source over HTTP: the second one,
/// Fabrikam Physio, comes back by its mailbox with its own appointments, staff, services, zone and currency.
/// </summary>
public sealed class SandboxSecondBusinessGraphTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 18);

    private readonly RecordingClock clock = new();
    private readonly SandboxBookingsData salon;
    private readonly SandboxBookingsData physio;
    private readonly SandboxGraphApi api;
    private LoopbackServer server = null!;

    public SandboxSecondBusinessGraphTests()
    {
        salon = SandboxBookingsData.Generate(Today, time: clock);
        physio = SandboxBookingsData.Generate(SandboxBusinessProfile.Physio, Today, time: clock);
        api = new([salon, physio], clock, NullLogger<SandboxGraphApi>.Instance);
    }

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(null, app => api.Map(app, "/sandbox/graph"));

    public async Task DisposeAsync() => await server.DisposeAsync();

    // Configured with the salon only, as the bot is: the physio practice is what an admin connects in setup.
    private GraphSourceHost Host() => GraphSourceHost.Create(server.Origin + "/sandbox/graph/v1.0", SandboxBookingsData.Mailbox, time: clock);

    [Fact]
    public async Task ListAppointments_SecondBusiness_ItsOwnAppointmentsInItsOwnZoneAndOpeningHours()
    {
        using GraphSourceHost host = Host();
        TimeZoneInfo amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        DateTimeOffset from = new(Today.AddDays(-14), TimeOnly.MinValue, TimeSpan.Zero);
        DateTimeOffset to = new(Today.AddDays(7), TimeOnly.MinValue, TimeSpan.Zero);

        IReadOnlyList<Booking> listed = await host.Source.ListAppointmentsAsync(physio.Profile.Mailbox.ToUpperInvariant(), from, to, default);

        string[] expected = [.. physio.Appointments.Where(a => a.StartUtc < to && a.EndUtc > from).Select(a => a.AppointmentId)];
        Assert.True(expected.Length > 50);
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Select(b => b.AppointmentId).Order(StringComparer.Ordinal));
        Assert.Empty(listed.Select(b => b.AppointmentId).Intersect(salon.Appointments.Select(a => a.AppointmentId)));
        Assert.All(listed, b => Assert.Contains(b.ServiceName, physio.Services.Select(s => s.Name)));
        // Generated as 09:00-18:00 (Saturdays 10:00-16:00) in Amsterdam: read back in that zone, every one is inside.
        Assert.All(listed, b =>
        {
            DateTime local = TimeZoneInfo.ConvertTime(b.StartUtc, amsterdam).DateTime;
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(18));
            Assert.NotEqual(DayOfWeek.Sunday, local.DayOfWeek);
        });
        Assert.Contains(listed, b => TimeZoneInfo.ConvertTime(b.StartUtc, amsterdam).Hour == 9);
    }

    [Fact]
    public async Task GetAppointmentAndLists_SecondBusiness_ItsCustomersStaffServicesAndCurrency()
    {
        using GraphSourceHost host = Host();
        string mailbox = physio.Profile.Mailbox;
        Booking hidden = physio.Appointments.First(a => physio.HidesCustomersOnLists(a.AppointmentId) && a.Customers.Count == 1);

        Booking? full = await host.Source.GetAppointmentAsync(mailbox, hidden.AppointmentId, default);
        Booking? elsewhere = await host.Source.GetAppointmentAsync(SandboxBookingsData.Mailbox, hidden.AppointmentId, default);
        BookingsBusiness business = await host.Source.GetBusinessAsync(mailbox, default);
        IReadOnlyList<StaffMember> staff = await host.Source.ListStaffMembersAsync(mailbox, default);
        IReadOnlyList<BookingService> services = await host.Source.ListServicesAsync(mailbox, default);
        IReadOnlyList<BookingsCustomerRecord> customers = await host.Source.ListCustomersAsync(mailbox, default);

        Assert.Equal(hidden.Customers, full!.Customers);
        Assert.Null(elsewhere); // the salon does not have it
        Assert.Equal(("Fabrikam Physio", "W. Europe Standard Time", "EUR"), (business.DisplayName, business.TimeZoneId, business.CurrencyCode));
        Assert.Equal(["Sanne de Vries", "Daan Jansen", "Emma Bakker", "Lucas Visser"], staff.Select(s => s.DisplayName));
        Assert.Equal(physio.Services.Select(s => (s.Name, s.DefaultPrice)), services.Select(s => (s.Name, s.DefaultPrice)));
        Assert.Equal(physio.Customers.Select(c => c.Email), customers.Select(c => c.Email));
        Assert.Contains(customers, c => c.DisplayName == "Chloé Smit");
        Assert.Empty(customers.Select(c => c.Email).Intersect(salon.Customers.Select(c => c.Email), StringComparer.OrdinalIgnoreCase));
        Assert.Equal(1, api.Counters.Requests("business"));
    }
}
