using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="Available">The businesses Graph lists for the tenant that are not set up yet.</param>
/// <param name="ListingProblem">Why Graph could not list them, in plain words; the mailbox can still be typed.</param>
/// <param name="Problem">What was wrong with the last Continue (nothing picked, not a mailbox address).</param>
public sealed record SetupPickCardModel(IReadOnlyList<BookingsBusinessListing> Available, string? ListingProblem, string? Problem = null);
