using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Setup;

/// <summary>The companies of one Business Central environment of a tenant (<c>GET companies</c>).</summary>
public interface IBusinessCentralCompanyDirectory
{
    /// <summary>Throws <see cref="BusinessCentralException"/> when BC fails.</summary>
    Task<IReadOnlyList<BcCompany>> ListAsync(string tenantId, string environment, CancellationToken ct);
}
