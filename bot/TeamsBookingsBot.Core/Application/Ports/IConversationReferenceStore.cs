namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Durable conversation references for proactive messages (protocol spec §3.3). Every call is scoped by the tenant of
/// the authenticated activity (empty when it names none): a conversation id stored for one tenant is invisible to,
/// and never changed by, another.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Captures or refreshes a reference and clears any revocation. <see cref="ConversationReference.InstalledUtc"/>
    /// is kept from the first capture unless the reference had been revoked (a re-install starts anew);
    /// optional fields that are null in <paramref name="reference"/> keep their stored value;
    /// <see cref="ConversationReference.RevokedUtc"/> is ignored.
    /// </summary>
    /// <returns>
    /// True when this call started an installation (no reference yet, or a revoked one): of concurrent calls for one
    /// conversation exactly one gets true, so the welcome card is sent once. False, with nothing changed, when the
    /// conversation id is stored for another tenant.
    /// </returns>
    Task<bool> UpsertAsync(ConversationReference reference, CancellationToken ct);

    /// <summary>Marks the reference revoked (bot removed). False when no reference exists.</summary>
    Task<bool> RevokeAsync(string tenantId, string conversationId, DateTimeOffset whenUtc, CancellationToken ct);

    /// <summary>
    /// Stores <paramref name="serviceUrl"/> on an existing reference when it differs from the stored one (with the last
    /// activity id when given, and the time); creates nothing. Call on every authenticated inbound activity: a touch
    /// that changes nothing writes nothing, and one the store has already seen recently reads nothing either.
    /// False when no reference exists.
    /// </summary>
    Task<bool> TouchServiceUrlAsync(
        string tenantId, string conversationId, string serviceUrl, string? lastActivityId, DateTimeOffset whenUtc, CancellationToken ct);

    /// <summary>The reference, revoked or not; null when none was ever captured.</summary>
    Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken ct);

    /// <summary>References not revoked, for one tenant or (null) all, ordered by conversation id.</summary>
    Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string? tenantId, CancellationToken ct);
}
