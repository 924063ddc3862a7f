using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Writes one audit entry per invoicing action: who (Entra object id), what, when, where.</summary>
internal sealed class InvoicingAudit(IAuditLog log, TimeProvider time, string? businessId)
{
    public Task WriteAsync(InvoicingActor actor, string action, string details, CancellationToken ct) =>
        log.WriteAsync(new AuditEntry(time.GetUtcNow(), actor.AadObjectId, action, actor.ConversationId, businessId, details), ct);
}
