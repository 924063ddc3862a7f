namespace TeamsBookingsBot.Application.Ports;

/// <summary>Append-only record of invoicing actions, exportable as CSV from the chat.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>The entries of <paramref name="tenantId"/> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string tenantId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct);
}
