using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>The "Help" button on the welcome and other cards.</summary>
internal sealed class HelpCardActionHandler : ICardActionHandler
{
    public Type DataType => typeof(HelpActionData);

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) =>
        Task.FromResult<CardActionResult>(new CardActionResult.PostCard(HelpCard.Build(HelpCardModel.Plain), "Here is what I can do."));
}
