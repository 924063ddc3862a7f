using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>
/// Businesses in memory. A business belongs to every tenant (the test's one) until <see cref="Assign"/> gives it one,
/// as tests of tenant isolation do.
/// </summary>
public sealed class InMemoryBusinessCatalog(params BookingsBusiness[] businesses) : IBookingsBusinessCatalog
{
    private readonly ConcurrentDictionary<string, string> tenants = new(StringComparer.OrdinalIgnoreCase);

    public void Assign(string businessId, string tenantId) => tenants[businessId] = tenantId;

    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>(businesses);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(businesses.FirstOrDefault(b => string.Equals(b.Id, businessId, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BookingsBusiness>>([.. businesses.Where(b => Belongs(b, tenantId))]);

    public Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(businesses.FirstOrDefault(b => string.Equals(b.Id, businessId, StringComparison.OrdinalIgnoreCase) && Belongs(b, tenantId)));

    private bool Belongs(BookingsBusiness business, string tenantId) =>
        !tenants.TryGetValue(business.Id, out string? owner) || string.Equals(owner, tenantId, StringComparison.Ordinal);
}
