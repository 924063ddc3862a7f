using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams;

/// <summary>Claims one invoke name and records what reached it, to prove routing.</summary>
internal sealed class RecordingInvokeHandler(string invokeName) : IInvokeHandler
{
    public string InvokeName { get; } = invokeName;

    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken ct)
    {
        Received.Enqueue(turn.Activity);
        return Task.FromResult(InvokeResponse.Ok(new JsonObject { ["handledBy"] = InvokeName }));
    }
}
