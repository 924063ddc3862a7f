using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Testing.Fakes;

public sealed class InMemoryBusinessCatalog(params BookingsBusiness[] businesses) : IBookingsBusinessCatalog
{
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>(businesses);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(businesses.FirstOrDefault(b => string.Equals(b.Id, businessId, StringComparison.OrdinalIgnoreCase)));
}
