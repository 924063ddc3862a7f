using System.Collections.Concurrent;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// The single gate for Graph's "four concurrent requests per app per booking mailbox" limit. It sits innermost
/// in the client's pipeline, so every request the bot makes to a mailbox (list pages, per-id GETs, services...)
/// takes a slot, and a retry's wait (outside, in the resilience pipeline) holds none.
/// </summary>
internal sealed class PerMailboxConcurrencyHandler(int maxPerMailbox) : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? mailbox = GraphMailbox.FromUri(request.RequestUri);
        if (mailbox is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        SemaphoreSlim gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(maxPerMailbox, maxPerMailbox));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (SemaphoreSlim gate in gates.Values)
            {
                gate.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
