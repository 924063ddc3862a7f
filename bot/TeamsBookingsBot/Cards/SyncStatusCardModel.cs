using TeamsBookingsBot.Application;

namespace TeamsBookingsBot.Cards;

/// <param name="Businesses">Every configured business with its latest and last successful sync.</param>
/// <param name="NowUtc">When the status was read: decides "today" and how long a running sync has run.</param>
public sealed record SyncStatusCardModel(IReadOnlyList<BusinessSyncState> Businesses, DateTimeOffset NowUtc);
