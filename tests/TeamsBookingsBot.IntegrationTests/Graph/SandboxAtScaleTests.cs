using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// The sandbox sized by configuration (Sandbox:AppointmentCount), read through the bot's own Graph wiring (the real SDK,
/// the per-mailbox gate, the resilience pipeline) over Kestrel, as `dotnet run` with that setting would.
/// </summary>
public sealed class SandboxAtScaleTests : IAsyncLifetime
{
    private const int Count = 3_000;
    private WebApplication app = null!;

    private SandboxBookingsData Data => app.Services.GetRequiredService<SandboxBookingsData>();

    private IBookingsSource Source => app.Services.GetRequiredService<IBookingsSource>();

    public async Task InitializeAsync() =>
        app = await SandboxGraphApp.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:AppointmentCount"] = Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task ListAppointmentPages_ConfiguredCount_ListsEveryAppointmentExactlyOnceInOrderWhileBookingsChange()
    {
        string mailbox = Assert.Single(app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.Businesses).Id;
        IReadOnlyList<Booking> before = Data.Appointments;
        Assert.Equal(Count, before.Count);
        DateTimeOffset from = before[0].StartUtc.AddHours(-1), to = before[^1].EndUtc.AddHours(1);
        Booking bookedAhead = before[^10] with { AppointmentId = "AAMkBookedWhileListing=", StartUtc = before[^10].StartUtc.AddMinutes(1) };
        var listed = new List<string>();
        int pages = 0;

        await foreach (IReadOnlyList<Booking> page in Source.ListAppointmentPagesAsync(mailbox, from, to, default))
        {
            listed.AddRange(page.Select(b => b.AppointmentId));
            if (++pages == 3)
            {
                // While the listing runs, two listed appointments are cancelled and one is booked further on: a page
                // continues where the last one ended, so nothing is skipped or served twice, and the new one comes in its place.
                Assert.True(Data.Remove(listed[0]));
                Assert.True(Data.Remove(listed[75]));
                Data.Add(bookedAhead);
            }
        }

        string[] expected = [.. before.Append(bookedAhead).OrderBy(b => b.StartUtc).ThenBy(b => b.AppointmentId, StringComparer.Ordinal).Select(b => b.AppointmentId)];
        Assert.Equal(expected, listed);
        Assert.Equal((Count + 1 + 49) / 50, pages);
    }

    [Fact]
    public async Task ListAppointmentPages_ConfiguredCount_SortsTheAppointmentsOncePerChangeNotOncePerPage()
    {
        string mailbox = SandboxBookingsData.Mailbox;
        IReadOnlyList<Booking> all = Data.Appointments;
        DateTimeOffset from = all[0].StartUtc, to = all[^1].EndUtc;
        int sorts = Data.CalendarSorts;

        int pages = await CountPagesAsync(mailbox, from, to);
        int sortsOverAListing = Data.CalendarSorts - sorts;
        // The sandbox itself cancels one appointment after the first full listing; this is a second change before the next read.
        Assert.True(Data.Remove(all[100].AppointmentId));
        int pagesAfterACancellation = await CountPagesAsync(mailbox, from, to);

        // 60 pages of 50 used to be 60 sorts of all 3,000 appointments; now the sort follows changes only.
        Assert.Equal((Count / 50, 0), (pages, sortsOverAListing));
        Assert.Equal((Count / 50, 1), (pagesAfterACancellation, Data.CalendarSorts - sorts));
    }

    private async Task<int> CountPagesAsync(string mailbox, DateTimeOffset from, DateTimeOffset to)
    {
        int pages = 0;
        await foreach (IReadOnlyList<Booking> _ in Source.ListAppointmentPagesAsync(mailbox, from, to, default))
        {
            pages++;
        }
        return pages;
    }

    [Fact]
    public async Task ReferenceLists_ConfiguredCount_ServeTheGrownStaffAndCustomers()
    {
        string mailbox = SandboxBookingsData.Mailbox;

        IReadOnlyList<StaffMember> staff = await Source.ListStaffMembersAsync(mailbox, default);
        IReadOnlyList<BookingsCustomerRecord> customers = await Source.ListCustomersAsync(mailbox, default);

        Assert.Equal(Data.Staff, staff);
        Assert.Equal(Data.Customers.Select(c => (c.Id, c.DisplayName, c.Email)), customers.Select(c => (c.Id, c.DisplayName, c.Email)));
        Assert.True(customers.Count > 100 && staff.Count > 4, $"{customers.Count} customers, {staff.Count} staff");
    }
}
