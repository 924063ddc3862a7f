using System.Diagnostics;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>
/// The bot's OpenTelemetry names: one <see cref="ActivitySource"/> for its spans (a turn, a sync of one business,
/// an invoice run) and the name of its <see cref="BotMetrics"/> meter. Exported only when configured
/// (<see cref="Hosting.TelemetryExtensions"/>); without a listener a span costs nothing.
/// </summary>
internal static class BotTelemetry
{
    public const string Name = "TeamsBookingsBot";

    public static readonly ActivitySource Source = new(Name);
}
