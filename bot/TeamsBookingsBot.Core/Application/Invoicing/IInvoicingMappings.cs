namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// The fixes a user makes on a preview card that outlive the run: which BC customer bills a Bookings customer,
/// and which BC item bills a service. Both are audited and win over the automatic lookups from then on.
/// </summary>
public interface IInvoicingMappings
{
    /// <summary>Bills the Bookings customer with <paramref name="customerKey"/> (InvoiceLedgerKey.CustomerKeyOf) to BC customer <paramref name="customerNumber"/>.</summary>
    Task LinkCustomerAsync(string businessId, string customerKey, string customerNumber, InvoicingActor actor, CancellationToken ct);

    /// <summary>Bills Bookings service <paramref name="serviceId"/> with BC item <paramref name="itemNumber"/> (e.g. a confirmed suggestion).</summary>
    Task MapServiceAsync(string businessId, string serviceId, string itemNumber, InvoicingActor actor, CancellationToken ct);
}
