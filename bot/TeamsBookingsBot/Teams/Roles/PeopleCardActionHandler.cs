using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>The "People" button and the people card's Refresh: the card, redrawn in place.</summary>
internal sealed class PeopleCardActionHandler(PeopleCardBuilder cards) : ICardActionHandler
{
    public Type DataType => typeof(PeopleActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        new CardActionResult.ReplaceCard(await cards.BuildAsync(turn, Admin.Of(turn), null, ct));
}
