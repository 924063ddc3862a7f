namespace TeamsBookingsBot.Teams;

/// <summary>
/// Whether inbound activities skip authentication. Only <c>Bot:AllowUnauthenticated=true</c> in the
/// Development environment does that (as the Teams SDK's DangerouslyAllowUnauthenticatedRequests);
/// unlike the Bot Framework SDK, an empty app id never silently disables auth.
/// </summary>
public sealed record BotAuthenticationMode(bool AllowsUnauthenticated)
{
    public static BotAuthenticationMode From(BotOptions bot, IHostEnvironment environment) =>
        new(bot.AllowUnauthenticated && environment.IsDevelopment());
}
