namespace TeamsBookingsBot.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Bot:AllowUnauthenticated is on: /api/messages accepts activities WITHOUT authentication. Development only; never expose this endpoint.")]
    public static partial void UnauthenticatedModeOn(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Bot:AllowUnauthenticated is set but ignored in the {Environment} environment: authentication stays on.")]
    public static partial void UnauthenticatedModeIgnored(ILogger logger, string environment);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "The bot is running: open {Origin}/ for how to talk to it. {Services} Try it with Agents Playground, from the repository folder: {PlaygroundInstall} && {PlaygroundStart}, then open {PlaygroundPage}; stop it with {PlaygroundStop}.")]
    public static partial void NextStep(
        ILogger logger, string origin, string services, string playgroundInstall, string playgroundStart, string playgroundPage, string playgroundStop);
}
