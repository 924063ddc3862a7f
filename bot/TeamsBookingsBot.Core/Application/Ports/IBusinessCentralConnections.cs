using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>The Business Central client for one company of one tenant: each Bookings business invoices into its own.</summary>
public interface IBusinessCentralConnections
{
    IBusinessCentral For(string tenantId, BcCompanyRef company);
}
