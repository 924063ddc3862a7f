using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>"show uninvoiced bookings yesterday": the list to review.</summary>
internal sealed class ShowUninvoicedChatHandler(UninvoicedListStart start) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.ShowUninvoiced);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        var show = (ChatCommand.ShowUninvoiced)command;
        await start.SendAsync(turn, show.Range, show.Filter, readyToInvoice: false, ct);
    }
}
