using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary><see cref="IBusinessCentralCompanyDirectory"/>: <c>GET companies</c> of the environment, signed in to the tenant, through the one pipeline.</summary>
internal sealed class BusinessCentralCompanyDirectory(BusinessCentralConnections connections) : IBusinessCentralCompanyDirectory
{
    public Task<IReadOnlyList<BcCompany>> ListAsync(string tenantId, string environment, CancellationToken ct) =>
        connections.Probe(tenantId, environment).CompaniesAsync(ct);
}
