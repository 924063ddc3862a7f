namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Where and how one Bookings business invoices: its Business Central company and its invoicing settings.</summary>
public interface IBusinessInvoicing
{
    /// <summary>
    /// The business's profile. Throws <see cref="Domain.BusinessCentral.BusinessCentralException"/> (<c>Client_NotConfigured</c>)
    /// while no Business Central company is chosen for it: it can be listed, not invoiced.
    /// </summary>
    Task<BusinessInvoicingProfile> ForAsync(string businessId, CancellationToken ct);
}
