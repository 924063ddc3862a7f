using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>What <see cref="ListUninvoicedBookings"/> found; every case is something the chat can explain.</summary>
public abstract record UninvoicedBookingsListing
{
    private UninvoicedBookingsListing()
    {
    }

    /// <summary>The requested page (possibly empty), and what it is a page of.</summary>
    public sealed record Listed(UninvoicedBookingsSnapshot Snapshot, UninvoicedBookingsResult Result) : UninvoicedBookingsListing;

    /// <summary>No Bookings business is configured at all.</summary>
    public sealed record NoBusinessConfigured : UninvoicedBookingsListing;

    /// <summary>The business a card was built for is no longer configured.</summary>
    public sealed record UnknownBusiness(string BusinessId) : UninvoicedBookingsListing;

    /// <summary>
    /// The business never synced successfully, so an empty list would be a lie. <paramref name="SyncRequested"/>
    /// is false when a sync was already running; <paramref name="LastError"/> is the last failed sync's plain-words error.
    /// </summary>
    public sealed record NotSyncedYet(BookingsBusiness Business, bool SyncRequested, string? LastError) : UninvoicedBookingsListing;

    /// <summary>The first sync, waited for, failed with <paramref name="Error"/> (plain words from the sync).</summary>
    public sealed record FirstSyncFailed(BookingsBusiness Business, string? Error) : UninvoicedBookingsListing;
}
