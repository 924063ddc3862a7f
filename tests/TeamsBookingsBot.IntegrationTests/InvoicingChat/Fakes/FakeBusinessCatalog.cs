using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

internal sealed class FakeBusinessCatalog : IBookingsBusinessCatalog
{
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>([InvoiceSamples.Salon]);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(string.Equals(businessId, InvoiceSamples.BusinessId, StringComparison.OrdinalIgnoreCase) ? InvoiceSamples.Salon : null);
}
