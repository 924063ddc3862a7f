namespace TeamsBookingsBot.Application.Ports;

/// <summary>One audited action: who (Entra object id), what, when (UTC), in which conversation.</summary>
public sealed record AuditEntry(
    DateTimeOffset AtUtc,
    string ActorAadObjectId,
    string Action,
    string ConversationId,
    string? BusinessId,
    string Details);
