using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>
/// How one business's sync ended. A failed sync keeps what it stored; <see cref="Error"/> is plain words for
/// the chat (from <see cref="BookingsSourceException"/>), <see cref="Failure"/> says which kind of failure.
/// </summary>
public sealed record BookingSyncResult(
    string BusinessId,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    BookingSyncCounts Counts,
    string? Error = null,
    BookingsSourceFailure? Failure = null)
{
    public bool Succeeded => Error is null;

    public TimeSpan Duration => FinishedUtc - StartedUtc;
}
