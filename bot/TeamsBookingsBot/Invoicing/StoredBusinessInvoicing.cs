using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// <see cref="IBusinessInvoicing"/> from the stored settings: the business's Business Central company in its tenant
/// (<see cref="IBusinessCentralConnections"/>), and its AllowCreateCustomers, CustomerTemplate, GroupBilling and
/// NoShowFee over the deployment's <see cref="DraftInvoicingSettings"/>. A business the store does not know (a host
/// wired without set-up, whose businesses come from elsewhere) invoices into the configured <c>BusinessCentral:*</c>
/// company with the configured <c>Invoicing:*</c> settings.
/// </summary>
internal sealed class StoredBusinessInvoicing(
    IBusinessSettingsStore store, IBusinessCentralConnections connections, Func<IBusinessCentral> configured, DraftInvoicingSettings defaults)
    : IBusinessInvoicing
{
    public async Task<BusinessInvoicingProfile> ForAsync(string businessId, CancellationToken ct)
    {
        BusinessSettings? business = (await store.ListAllAsync(ct))
            .FirstOrDefault(b => string.Equals(b.BusinessId, businessId, StringComparison.OrdinalIgnoreCase));
        if (business is null)
        {
            return new BusinessInvoicingProfile(configured(), defaults);
        }
        if (business.BusinessCentral is not { } company)
        {
            throw new BusinessCentralException("Client_NotConfigured",
                $"No Business Central company is chosen for {business.DisplayName ?? business.BusinessId} yet: an admin picks the environment and company in setup.",
                statusCode: null, isTransient: false);
        }
        return new BusinessInvoicingProfile(connections.For(business.TenantId, company), defaults with
        {
            AllowCreateCustomers = business.AllowCreateCustomers,
            CustomerTemplate = string.IsNullOrWhiteSpace(business.CustomerTemplate) ? null : business.CustomerTemplate,
            GroupBilling = business.GroupBilling,
            NoShowFee = business.NoShowFee,
        });
    }
}
