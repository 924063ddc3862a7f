using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Graph;

/// <summary>The real Graph SDK, through the bot's pipeline, against the recorded v1.0 payloads over HTTP.</summary>
public sealed class GraphBookingsSourceFixtureTests : IAsyncLifetime
{
    private static readonly DateTimeOffset WindowStart = new(2018, 4, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2018, 5, 10, 0, 0, 0, TimeSpan.Zero);

    private readonly FixtureGraphApi fake = new();
    private LoopbackServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(null, fake.Map);

    public async Task DisposeAsync() => await server.DisposeAsync();

    private GraphSourceHost Host(string mailbox, IDictionary<string, string?>? extra = null) =>
        GraphSourceHost.Create(server.Origin + "/v1.0", mailbox, extra);

    [Fact]
    public async Task ListAppointments_NormalizedCalendarView_MapsDocumentedValuesAndPrefersCustomersOverLegacyFields()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox);

        IReadOnlyList<Booking> bookings = await host.Source.ListAppointmentsAsync(FixtureGraphApi.DocsMailbox, WindowStart, WindowEnd, default);

        Assert.Equal(["AAMkADKpAAA=", "AAMkADKnAAA="], bookings.Select(b => b.AppointmentId));
        Booking first = bookings[0];
        Assert.Equal(FixtureGraphApi.DocsMailbox, first.BusinessId);
        Assert.Equal("57da6774-a087-4d69-b0e6-6fb82c339976", first.ServiceId);
        Assert.Equal("Catered bento", first.ServiceName);
        Assert.Equal(10.00m, first.Price);
        Assert.Equal(BookingPriceType.FixedPrice, first.PriceType);
        Assert.Equal(new DateTimeOffset(2018, 5, 5, 12, 0, 0, TimeSpan.Zero), first.StartUtc);
        Assert.Equal(new DateTimeOffset(2018, 5, 5, 12, 30, 0, TimeSpan.Zero), first.EndUtc);
        Assert.Equal(TimeSpan.Zero, first.StartUtc.Offset);
        Assert.Equal("UTC", first.OriginalTimeZone);
        Assert.Equal(TimeSpan.FromMinutes(30), first.Duration);
        Assert.Equal("00000000-0000-0000-0000-000000000000", first.SelfServiceAppointmentId);
        Assert.Empty(first.StaffMemberIds);
        // The legacy customerName says "Jordan Miller", customers[] says Adele Vance: customers[] wins.
        Assert.Equal([new BookingCustomer("80b5ddda-1e3b-4c9d-abe2-d606cc075e2e", "Adele Vance", "adelev@proseware.com", "213-555-0156")], first.Customers);
        string request = fake.RequestTargets.Single();
        Assert.StartsWith("/v1.0/solutions/bookingBusinesses/Contosolunchdelivery%40contoso.com/calendarView?", request, StringComparison.Ordinal);
        Assert.Contains("start=2018-04-30T00%3A00%3A00.0000000Z", request, StringComparison.Ordinal);
        Assert.Contains("end=2018-05-10T00%3A00%3A00.0000000Z", request, StringComparison.Ordinal);
        Assert.DoesNotContain("top", request, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListAppointments_TwoPages_FollowsTheAbsoluteNextLink()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.PagedMailbox);

        IReadOnlyList<Booking> bookings = await host.Source.ListAppointmentsAsync(FixtureGraphApi.PagedMailbox, WindowStart, WindowEnd, default);

        Assert.Equal(["AAMkADKoAAA=", "AAMkADKnAAA="], bookings.Select(b => b.AppointmentId));
        Assert.Equal("Jordan Miller", Assert.Single(bookings[1].Customers).Name);
        Assert.Equal(2, fake.RequestTargets.Count);
        Assert.Equal("/v1.0/solutions/bookingBusinesses/Contosolunchdelivery@contoso.com/appointments?$skiptoken=SYNTHETIC-PAGE-2",
            fake.RequestTargets.Last());
    }

    [Fact]
    public async Task ListAppointments_EdgeCases_MapsGroupWindowsZoneEmptyAndUntypedCustomers()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.EdgeMailbox);

        Dictionary<string, Booking> byId = (await host.Source.ListAppointmentsAsync(FixtureGraphApi.EdgeMailbox, WindowStart, WindowEnd, default))
            .ToDictionary(b => b.AppointmentId);

        Booking group = byId["SYNTHETIC-GROUP-1"];
        Assert.Equal(
            [
                new BookingCustomer("7ed53fa5-9ef2-4f2f-975b-27447440bc09", "Jordan Miller", "jordanm@contoso.com", "213-555-0199"),
                new BookingCustomer("80b5ddda-1e3b-4c9d-abe2-d606cc075e2e", "Adele Vance", "adelev@proseware.com", "213-555-0156"),
            ],
            group.Customers);

        Booking hourly = byId["SYNTHETIC-HOURLY-1"];
        Assert.Equal(BookingPriceType.Hourly, hourly.PriceType);
        Assert.Equal(80.00m, hourly.Price);
        Assert.Equal(TimeSpan.FromMinutes(90), hourly.Duration);
        // 09:00 Pacific Daylight Time on 2 May 2018 is 16:00 UTC.
        Assert.Equal(new DateTimeOffset(2018, 5, 2, 16, 0, 0, TimeSpan.Zero), hourly.StartUtc);
        Assert.Equal(new DateTimeOffset(2018, 5, 2, 17, 30, 0, TimeSpan.Zero), hourly.EndUtc);
        Assert.Equal("Pacific Standard Time", hourly.OriginalTimeZone);

        Booking empty = byId["SYNTHETIC-NOCUSTOMER-1"];
        Assert.Empty(empty.Customers);
        Assert.Equal(BookingPriceType.PriceVaries, empty.PriceType);
        Assert.Equal(0m, empty.Price);

        Booking untyped = byId["SYNTHETIC-NO-ODATA-TYPE-1"];
        Assert.Equal([new BookingCustomer("829e3cb5-3d4d-4319-a8de-1953aedaa166", "Bob Kelly", "bobk@tailspintoys.com", "213-555-0108")],
            untyped.Customers);
    }

    [Fact]
    public async Task ListAppointments_EmptyCustomersWithLegacyFields_UsesLegacyCustomerWithoutId()
    {
        fake.CalendarViews["legacy@contoso.com"] = _ =>
        {
            JsonNode body = JsonNode.Parse(FixtureGraphApi.Read("appointments-edgecases.synthetic.json"))!;
            JsonArray items = body["value"]!.AsArray();
            JsonNode noCustomer = items.First(a => (string?)a!["id"] == "SYNTHETIC-NOCUSTOMER-1")!;
            noCustomer["customerName"] = "Walk-in Guest";
            noCustomer["customerEmailAddress"] = "guest@example.com";
            noCustomer["customerPhone"] = "";
            return body.ToJsonString();
        };
        using GraphSourceHost host = Host("legacy@contoso.com");

        Dictionary<string, Booking> byId = (await host.Source.ListAppointmentsAsync("legacy@contoso.com", WindowStart, WindowEnd, default))
            .ToDictionary(b => b.AppointmentId);

        Assert.Equal([new BookingCustomer(null, "Walk-in Guest", "guest@example.com", null)], byId["SYNTHETIC-NOCUSTOMER-1"].Customers);
        // The group booking's legacy fields are null: its customers[] stands.
        Assert.Equal(2, byId["SYNTHETIC-GROUP-1"].Customers.Count);
    }

    [Fact]
    public async Task ListAppointments_DocsLegacyStartEndNames_FailsInsteadOfInventingTimes()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.LegacyNamesMailbox);

        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(() =>
            host.Source.ListAppointmentsAsync(FixtureGraphApi.LegacyNamesMailbox, WindowStart, WindowEnd, default));

        Assert.Equal(BookingsSourceFailure.InvalidResponse, ex.Failure);
        Assert.Contains("startDateTime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAppointment_IdWithEquals_ReturnsFullCustomers()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox);

        Booking? booking = await host.Source.GetAppointmentAsync(FixtureGraphApi.DocsMailbox, "AAMkADKoAAA=", default);

        Assert.NotNull(booking);
        Assert.Equal(new DateTimeOffset(2018, 4, 30, 13, 0, 0, TimeSpan.Zero), booking.StartUtc);
        Assert.Equal([new BookingCustomer("829e3cb5-3d4d-4319-a8de-1953aedaa166", "Bob Kelly", "bobk@tailspintoys.com", "213-555-0108")], booking.Customers);
        Assert.Equal("/v1.0/solutions/bookingBusinesses/Contosolunchdelivery%40contoso.com/appointments/AAMkADKoAAA%3D", fake.RequestTargets.Single());
    }

    [Fact]
    public async Task GetAppointment_Unknown_ReturnsNull()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox);

        Assert.Null(await host.Source.GetAppointmentAsync(FixtureGraphApi.DocsMailbox, "AAMk+does/not=exist", default));
    }

    [Fact]
    public async Task ListServices_DocumentedList_MapsPricesTypesAndDurations()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox, new Dictionary<string, string?> { ["Graph:Businesses:0:Currency"] = "USD" });

        IReadOnlyList<BookingService> services = await host.Source.ListServicesAsync(FixtureGraphApi.DocsMailbox, default);

        Assert.Equal(
            [
                new BookingService("f9b9121f-aed7-4c8c-bb3a-a1796a0b0b2d", "Initial service", 0m, BookingPriceType.NotSet, TimeSpan.FromMinutes(10), "USD"),
                new BookingService("57da6774-a087-4d69-b0e6-6fb82c339976", "Catered bento", 10m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(30), "USD"),
                new BookingService("635a7b7c-4230-4d3b-a42b-698e89927528", "Kaiseki", 30m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(90), "USD"),
            ],
            services);
    }

    [Fact]
    public async Task ListCustomers_DocumentedList_KeepsTwoRecordsSharingAnEmail()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox);

        IReadOnlyList<BookingsCustomerRecord> customers = await host.Source.ListCustomersAsync(FixtureGraphApi.DocsMailbox, default);

        Assert.Equal(4, customers.Count);
        BookingsCustomerRecord[] adeles = customers.Where(c => c.Email == "adelev@proseware.com").ToArray();
        Assert.Equal(["80b5ddda-1e3b-4c9d-abe2-d606cc075e2e", "8bb19078-0f45-4efb-b2c5-da78b860f73a"], adeles.Select(c => c.Id));
        Assert.Equal([null, "206-555-0100"], adeles.Select(c => c.Phone));
    }

    [Fact]
    public async Task ListStaffMembersAndGetBusiness_MapNamesCurrencyAndConfiguredZone()
    {
        using GraphSourceHost host = Host(FixtureGraphApi.DocsMailbox);

        StaffMember staff = Assert.Single(await host.Source.ListStaffMembersAsync(FixtureGraphApi.DocsMailbox, default));
        BookingsBusiness business = await host.Source.GetBusinessAsync(FixtureGraphApi.DocsMailbox, default);

        Assert.Equal(new StaffMember("8ee1c803-a1fa-406d-8259-7ab53233f148", "Dana Swope", "danas@contoso.com"), staff);
        Assert.Equal(new BookingsBusiness(FixtureGraphApi.DocsMailbox, "Contoso lunch delivery", "Pacific Standard Time", "USD"), business);
    }
}
