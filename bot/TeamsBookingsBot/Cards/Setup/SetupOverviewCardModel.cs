using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="Businesses">The tenant's set-up businesses, with the name each has in Bookings (untrusted text).</param>
/// <param name="Notice">A line on top, e.g. "Saved." after a save.</param>
/// <param name="NotConnected">Businesses Microsoft Bookings lists that are not set up yet, each offered with Connect.</param>
public sealed record SetupOverviewCardModel(
    IReadOnlyList<(BusinessSettings Settings, string Name)> Businesses, string? Notice = null, IReadOnlyList<BookingsBusinessListing>? NotConnected = null);
