using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Handles typed commands of one <see cref="ChatCommand"/> kind (<see cref="CommandType"/>).</summary>
public interface IChatCommandHandler
{
    Type CommandType { get; }

    Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct);
}
