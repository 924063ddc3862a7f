using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

internal sealed class FakeAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public ConcurrentQueue<(string TenantId, DateTimeOffset From, DateTimeOffset To)> Queries { get; } = new();

    public Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        lock (Entries)
        {
            Entries.Add(entry);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(string tenantId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        Queries.Enqueue((tenantId, fromUtc, toUtc));
        lock (Entries)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. Entries.Where(e => e.TenantId == tenantId && e.AtUtc >= fromUtc && e.AtUtc < toUtc).OrderBy(e => e.AtUtc)]);
        }
    }
}
