using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// "invoice yesterday's bookings": the same list, worded "Ready to invoice" with the invoice buttons first.
/// Nothing is invoiced from typed text alone: the user confirms on the card.
/// </summary>
internal sealed class InvoiceBookingsChatHandler(UninvoicedListResponder responder) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.InvoiceBookings);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        var invoice = (ChatCommand.InvoiceBookings)command;
        await turn.SendCardAsync(await responder.BuildCardAsync(turn, new UninvoicedBookingsRequest(null, invoice.Range, invoice.Filter), readyToInvoice: true, ct), ct);
    }
}
