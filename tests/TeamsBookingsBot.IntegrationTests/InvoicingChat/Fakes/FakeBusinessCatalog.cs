using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

internal sealed class FakeBusinessCatalog : IBookingsBusinessCatalog
{
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>([InvoiceSamples.Salon]);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(string.Equals(businessId, InvoiceSamples.BusinessId, StringComparison.OrdinalIgnoreCase) ? InvoiceSamples.Salon : null);

    // The one tenant the test or benchmark talks in.
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) => ListAsync(ct);

    public Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) => FindAsync(businessId, ct);
}
