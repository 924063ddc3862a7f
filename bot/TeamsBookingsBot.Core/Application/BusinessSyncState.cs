using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>One business's sync as "sync status" reports it: the latest run (maybe running or failed) and the last good one.</summary>
public sealed record BusinessSyncState(BookingsBusiness Business, BookingSyncStatus? Latest, BookingSyncStatus? LastSuccess);
