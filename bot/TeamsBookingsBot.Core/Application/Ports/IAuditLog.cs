namespace TeamsBookingsBot.Application.Ports;

/// <summary>Append-only record of invoicing actions, exportable as CSV from the chat.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>Entries in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct);
}
