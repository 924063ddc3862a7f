using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// What a preview learnt from Business Central and the bot's reference data: how each payer resolves (keyed by
/// customer key), which item bills each service, and the items suggested for unmapped services.
/// </summary>
public sealed record InvoiceRunResolutions(
    IReadOnlyDictionary<string, CustomerResolution> Customers,
    IReadOnlyDictionary<string, string> ItemNumberByServiceId,
    IReadOnlyList<BcItemRef> SuggestedItems)
{
    public ServiceMapping ToServiceMapping() => new(ItemNumberByServiceId, SuggestedItems);
}
