using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// One business's Business Central client (its tenant, environment and company) and its invoicing settings: the
/// business's own AllowCreateCustomers, CustomerTemplate, GroupBilling and NoShowFee over the deployment's other settings.
/// </summary>
public sealed record BusinessInvoicingProfile(IBusinessCentral BusinessCentral, DraftInvoicingSettings Settings);
