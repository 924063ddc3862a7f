using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>"people" (admins only, checked before): the people card of this conversation.</summary>
internal sealed class PeopleChatHandler(PeopleCardBuilder cards) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.People);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct) =>
        await turn.SendCardAsync(await cards.BuildAsync(turn, Admin.Of(turn), null, ct), ct);
}
