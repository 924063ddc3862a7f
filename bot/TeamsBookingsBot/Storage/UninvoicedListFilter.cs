namespace TeamsBookingsBot.Storage;

/// <summary>
/// A filter of the list as sets of stored values (matched by <see cref="UninvoicedListTerms"/>): a booking matches when
/// it holds one value of each given set. Null sets are parts the user did not ask for.
/// </summary>
internal sealed record UninvoicedListFilter(
    IReadOnlyCollection<string>? CustomerNames,
    IReadOnlyCollection<string>? CustomerEmails,
    IReadOnlyCollection<string>? ServiceNames,
    IReadOnlyCollection<string>? ServiceIds,
    IReadOnlyCollection<string>? StaffIds)
{
    public static UninvoicedListFilter None { get; } = new(null, null, null, null, null);

    /// <summary>What the sets hold, for a cache key: two filters with the same signature select the same bookings.</summary>
    public string Signature => string.Join('\u001e', new[] { CustomerNames, CustomerEmails, ServiceNames, ServiceIds, StaffIds }
        .Select(set => set is null ? "-" : string.Join('\u001f', set.Order(StringComparer.Ordinal))));
}
