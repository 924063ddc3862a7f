using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// "invoice yesterday's bookings": the same list, worded "Ready to invoice" with the invoice buttons first.
/// Nothing is invoiced from typed text alone: the user confirms on the card.
/// </summary>
internal sealed class InvoiceBookingsChatHandler(UninvoicedListStart start) : IChatCommandHandler
{
    public Type CommandType => typeof(ChatCommand.InvoiceBookings);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        var invoice = (ChatCommand.InvoiceBookings)command;
        await start.SendAsync(turn, invoice.Range, invoice.Filter, readyToInvoice: true, ct);
    }
}
