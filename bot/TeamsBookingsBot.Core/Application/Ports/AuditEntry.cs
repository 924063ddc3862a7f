namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// One audited action: who (Entra object id, and the display name Teams sent with the action, so an export names
/// people), what, when (UTC), in which tenant and conversation. <see cref="ActorName"/> is null when Teams sent none and for
/// entries written before names were kept. <see cref="TenantId"/> is the acting activity's tenant (empty when it named
/// none); an entry is exported to that tenant only.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset AtUtc,
    string ActorAadObjectId,
    string Action,
    string TenantId,
    string ConversationId,
    string? BusinessId,
    string Details,
    string? ActorName = null);
