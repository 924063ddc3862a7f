using System.Globalization;
using Microsoft.Graph;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Diagnostics;
using GraphModels = Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// The Graph half of "Test connection", in the tenant of the settings (they need not be saved yet): the business is
/// found, its calendarView can be read, and one appointment can be read by id (the call that needs
/// BookingsAppointment.ReadWrite.All). A 403 names the permission that call needs. The first failure ends the half:
/// later calls would fail the same way.
/// </summary>
internal sealed class GraphConnectionCheck(GraphClientAccessor graph, TimeProvider time, ILogger<GraphConnectionCheck> logger)
{
    private const ConnectionCheckArea Area = ConnectionCheckArea.Bookings;

    public async Task<IReadOnlyList<ConnectionCheckStep>> CheckAsync(BusinessSettings settings, CancellationToken ct)
    {
        string mailbox = settings.BusinessId;
        string tenant = settings.TenantId;
        var option = new GraphTenantOption(tenant);
        var business = graph.Client.Solutions.BookingBusinesses[mailbox];
        var steps = new List<ConnectionCheckStep>();

        string findWhat = $"Find the Bookings business {mailbox}";
        GraphModels.BookingBusiness? found;
        try
        {
            found = await business.GetAsync(rc => rc.Options.Add(option), ct);
        }
        catch (Exception ex) when (GraphFailures.IsRemote(ex))
        {
            steps.Add(Failed(findWhat, ex, mailbox, tenant, Forbidden(tenant, GraphSentences.ReadPermission, $"read the business {mailbox}")));
            return steps;
        }
        steps.Add(new(Area, findWhat, true, $"Found \"{found?.DisplayName ?? mailbox}\"."));

        DateTimeOffset now = time.GetUtcNow();
        string listWhat = $"Read the appointments of {mailbox}";
        GraphModels.BookingAppointmentCollectionResponse? page;
        try
        {
            page = await business.CalendarView.GetAsync(rc =>
            {
                rc.QueryParameters.Start = now.AddDays(-7).UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
                rc.QueryParameters.End = now.AddDays(1).UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
                rc.Options.Add(option);
            }, ct);
        }
        catch (Exception ex) when (GraphFailures.IsRemote(ex))
        {
            steps.Add(Failed(listWhat, ex, mailbox, tenant, Forbidden(tenant, GraphSentences.ReadPermission, $"list the appointments of {mailbox}")));
            return steps;
        }
        steps.Add(new(Area, listWhat, true, "The bot can list the appointments (calendarView)."));

        string detailWhat = "Read an appointment with its customers";
        string? appointmentId = page?.Value?.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Id))?.Id;
        if (appointmentId is null)
        {
            steps.Add(new(Area, detailWhat, true, "There was no appointment in the last 7 days to read; the next sync says so if reading one fails."));
            return steps;
        }
        try
        {
            await business.Appointments[appointmentId].GetAsync(rc => rc.Options.Add(option), ct);
            steps.Add(new(Area, detailWhat, true, "The bot can read an appointment's customers."));
        }
        catch (Exception ex) when (GraphFailures.IsRemote(ex))
        {
            steps.Add(Failed(detailWhat, ex, mailbox, tenant, Forbidden(tenant, GraphSentences.AppointmentPermission, $"read the customers of an appointment of {mailbox}")));
        }
        return steps;
    }

    private ConnectionCheckStep Failed(string what, Exception ex, string mailbox, string tenant, string forbidden)
    {
        logger.CallFailed("connection check", mailbox, ex.GetType().Name, GraphFailures.StatusOf(ex), ex);
        return new(Area, what, false, GraphSentences.For(ex, mailbox, tenant, forbidden));
    }

    private static string Forbidden(string tenant, string permission, string action) =>
        $"Microsoft Graph does not let the app {action} (403): in tenant {tenant}, grant the app the application permission {permission} and give admin consent.";
}
