using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Support;

internal sealed record CapturedLogLine(string Category, LogLevel Level, int EventId, string Message, string? Exception)
{
    /// <summary>The message and the exception's text: everything a log collector would store.</summary>
    public string Everything => Message + "\n" + Exception;
}
