namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// A known failure of the Bookings source (Microsoft Graph). <see cref="Exception.Message"/> is
/// plain words a bookkeeper or admin can act on; it never contains customer data.
/// </summary>
public sealed class BookingsSourceException : Exception
{
    public BookingsSourceException(string businessId, BookingsSourceFailure failure, string message, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        BusinessId = businessId;
        Failure = failure;
        StatusCode = statusCode;
    }

    /// <summary>The booking mailbox the call was about.</summary>
    public string BusinessId { get; }

    public BookingsSourceFailure Failure { get; }

    /// <summary>The HTTP status Graph answered with, when there was an answer.</summary>
    public int? StatusCode { get; }
}
