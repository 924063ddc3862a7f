namespace TeamsBookingsBot.Cards.Actions;

/// <param name="Data">The button's data.</param>
/// <param name="Inputs">
/// Values of the card's inputs that Teams merged into the data (input id → submitted string), e.g. the
/// Input.Toggle per booking; keys the data record defines are not repeated here.
/// </param>
public sealed record CardActionRequest(CardActionData Data, IReadOnlyDictionary<string, string> Inputs);
