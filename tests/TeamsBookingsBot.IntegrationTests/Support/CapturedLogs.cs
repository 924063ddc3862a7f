using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Support;

/// <summary>Every log line of an app under test, formatted as its message, with the category and level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> lines = new();

    public IReadOnlyList<CapturedLogLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new CapturedLogLine(category, logLevel, eventId.Id, formatter(state, exception), exception?.ToString()));
    }
}
