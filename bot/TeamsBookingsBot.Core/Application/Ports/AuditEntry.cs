namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// One audited action: who (Entra object id, and the display name Teams sent with the action, so an export names
/// people), what, when (UTC), in which conversation. <see cref="ActorName"/> is null when Teams sent none and for
/// entries written before names were kept.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset AtUtc,
    string ActorAadObjectId,
    string Action,
    string ConversationId,
    string? BusinessId,
    string Details,
    string? ActorName = null);
