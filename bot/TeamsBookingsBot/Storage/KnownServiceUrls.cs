using System.Collections.Concurrent;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The service URL this process last saw stored for each conversation of a tenant, so that touching a reference with the URL it
/// already has costs no database call. Another bot instance may store a new URL meanwhile; an entry is therefore
/// trusted for <see cref="TrustedFor"/> only, after which the next touch reads the stored row again.
/// </summary>
internal sealed class KnownServiceUrls(TimeProvider time)
{
    public static readonly TimeSpan TrustedFor = TimeSpan.FromMinutes(10);

    // A bound on memory: a bot with more conversations than this active at once just reads more often.
    private const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<string, (string ServiceUrl, DateTimeOffset SeenUtc)> known = new(StringComparer.Ordinal);

    public bool IsStored(string tenantId, string conversationId, string serviceUrl) =>
        known.TryGetValue(Key(tenantId, conversationId), out var entry)
        && string.Equals(entry.ServiceUrl, serviceUrl, StringComparison.Ordinal)
        && time.GetUtcNow() - entry.SeenUtc < TrustedFor;

    public void Stored(string tenantId, string conversationId, string serviceUrl)
    {
        if (known.Count >= MaxConversations)
        {
            known.Clear();
        }
        known[Key(tenantId, conversationId)] = (serviceUrl, time.GetUtcNow());
    }

    // A tenant id never holds a line break, so the pair cannot collide with another.
    private static string Key(string tenantId, string conversationId) => tenantId + "\n" + conversationId;
}
