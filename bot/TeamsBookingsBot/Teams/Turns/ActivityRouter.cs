using System.Text.Json;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Teams.Turns;

/// <summary>
/// Sends each activity to its handler: messages (typed text or the Action.Submit fallback), invokes by name,
/// install and membership events. Anything else is acknowledged and ignored, as the SDK does. Each turn is one
/// span and is counted by type; an invoke's answer time is recorded (<see cref="BotMetrics"/>).
/// </summary>
internal sealed class ActivityRouter(
    ChatMessageHandler messages,
    CardActionDispatcher cardActions,
    ConversationLifecycleHandler lifecycle,
    IEnumerable<IInvokeHandler> invokeHandlers,
    BotMetrics metrics,
    TimeProvider time)
{
    // The last registration of a name wins, as with any DI service: a host or test can replace a handler.
    private readonly Dictionary<string, IInvokeHandler> invokes = invokeHandlers
        .GroupBy(h => h.InvokeName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <returns>The invoke response, or null for activities answered with a plain 200.</returns>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken ct)
    {
        string type = turn.Activity.Type?.ToLowerInvariant() ?? "";
        string? name = type == "invoke" ? turn.Activity.Name : null;
        using System.Diagnostics.Activity? span = BotTelemetry.Source.StartActivity("turn " + (name ?? type), System.Diagnostics.ActivityKind.Internal);
        span?.SetTag("activity.type", type);
        span?.SetTag("activity.name", name);
        span?.SetTag("activity.id", turn.Activity.Id);
        span?.SetTag("conversation.type", turn.Activity.Conversation?.ConversationType);
        metrics.ActivityReceived(type, name);
        long started = time.GetTimestamp();
        try
        {
            InvokeResponse? response = await DispatchAsync(turn, ct);
            if (name is not null)
            {
                metrics.InvokeAnswered(name, response?.Status ?? 200, time.GetElapsedTime(started));
                span?.SetTag("invoke.status", response?.Status);
            }
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            metrics.Failed("turn", ex.GetType().Name);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    private async Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken ct)
    {
        Activity activity = turn.Activity;
        switch (activity.Type?.ToLowerInvariant())
        {
            case "message" when IsCardSubmit(activity):
                await cardActions.OnSubmitAsync(turn, ct);
                return null;
            case "message":
                await messages.OnMessageAsync(turn, ct);
                return null;
            case "invoke" when string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase):
                return await cardActions.OnExecuteAsync(turn, ct);
            case "invoke":
                return activity.Name is not null && invokes.TryGetValue(activity.Name, out IInvokeHandler? handler)
                    ? await handler.HandleAsync(turn, ct)
                    : InvokeResponse.NotImplemented();
            case "installationupdate":
                await lifecycle.OnInstallationUpdateAsync(turn, ct);
                return null;
            case "conversationupdate":
                await lifecycle.OnConversationUpdateAsync(turn, ct);
                return null;
            default:
                return null;
        }
    }

    // Action.Submit arrives as a message whose value holds the button data, usually with no text.
    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.GetTextWithoutMentions());
}
