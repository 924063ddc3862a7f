using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Setup;

/// <summary>"Test connection": Bookings (Graph) first, then Business Central; both halves run whatever the other found.</summary>
internal sealed class ConnectionCheck(GraphConnectionCheck graph, BusinessCentralConnectionCheck businessCentral) : IConnectionCheck
{
    public async Task<ConnectionReport> CheckAsync(BusinessSettings settings, CancellationToken ct)
    {
        IReadOnlyList<ConnectionCheckStep> bookings = await graph.CheckAsync(settings, ct);
        IReadOnlyList<ConnectionCheckStep> invoicing = await businessCentral.CheckAsync(settings, ct);
        return new ConnectionReport([.. bookings, .. invoicing]);
    }
}
