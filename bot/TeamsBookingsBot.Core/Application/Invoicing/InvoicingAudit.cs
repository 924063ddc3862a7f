using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Writes one audit entry per invoicing action: who (Entra object id and display name), what, when, where.</summary>
internal sealed class InvoicingAudit(IAuditLog log, TimeProvider time, string? businessId)
{
    // Entra display names are at most 256 characters; the activity is checked, but its name is still the client's.
    public const int MaxActorNameLength = 256;

    public Task WriteAsync(InvoicingActor actor, string action, string details, CancellationToken ct) =>
        log.WriteAsync(new AuditEntry(time.GetUtcNow(), actor.AadObjectId, action, actor.TenantId ?? "", actor.ConversationId, businessId, details, NameOf(actor)), ct);

    private static string? NameOf(InvoicingActor actor) =>
        string.IsNullOrWhiteSpace(actor.DisplayName) ? null : TextCut.WithEllipsis(actor.DisplayName.Trim(), MaxActorNameLength);
}
