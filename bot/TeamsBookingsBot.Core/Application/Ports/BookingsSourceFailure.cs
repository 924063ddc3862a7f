namespace TeamsBookingsBot.Application.Ports;

/// <summary>Why a call to the Bookings source failed; lets callers choose what to tell the user.</summary>
public enum BookingsSourceFailure
{
    /// <summary>The app could not get a token (wrong tenant, client id, secret or certificate).</summary>
    NotAuthenticated,

    /// <summary>The token was refused for this mailbox (missing application permission or consent).</summary>
    AccessDenied,

    /// <summary>The business (mailbox) does not exist or is not a Bookings business.</summary>
    NotFound,

    /// <summary>Still throttled after every retry.</summary>
    Throttled,

    /// <summary>Graph was unreachable, timed out or answered with a server error.</summary>
    Unavailable,

    /// <summary>Graph answered with something the bot cannot use (bad request, unknown time zone...).</summary>
    InvalidResponse,
}
