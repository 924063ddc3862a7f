using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Answers one invoke name (<see cref="InvokeNames"/>); an invoke no handler claims gets 501.</summary>
public interface IInvokeHandler
{
    string InvokeName { get; }

    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken ct);
}
