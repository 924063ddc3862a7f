using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Handles the buttons whose data is <see cref="DataType"/>, whether pressed as Action.Execute
/// (an <c>adaptiveCard/action</c> invoke) or through the Action.Submit fallback (a message with a value).
/// </summary>
public interface ICardActionHandler
{
    Type DataType { get; }

    Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct);
}
