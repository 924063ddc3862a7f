namespace TeamsBookingsBot.Application.Ports;

/// <summary>The bot's own reference data for invoicing: customer links and service-to-item mappings, per business.</summary>
public interface IInvoicingReferenceStore
{
    /// <summary>Every link of the business, keyed by customer key.</summary>
    Task<IReadOnlyDictionary<string, CustomerLink>> GetCustomerLinksAsync(string businessId, CancellationToken ct);

    /// <summary>Adds or replaces the link of <see cref="CustomerLink.CustomerKey"/>.</summary>
    Task SaveCustomerLinkAsync(CustomerLink link, CancellationToken ct);

    /// <summary>Every mapping of the business, keyed by service id.</summary>
    Task<IReadOnlyDictionary<string, ServiceItemMapping>> GetServiceMappingsAsync(string businessId, CancellationToken ct);

    /// <summary>
    /// Adds or replaces a mapping. An unconfirmed mapping never replaces a confirmed one, so the bot's own
    /// guess cannot undo a user's pick made meanwhile.
    /// </summary>
    Task SaveServiceMappingAsync(ServiceItemMapping mapping, CancellationToken ct);
}
