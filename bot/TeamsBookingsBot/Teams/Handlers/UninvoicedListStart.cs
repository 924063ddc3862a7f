using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// A list asked for without a business (typed "list …" / "invoice …", "Show yesterday's bookings"): the business the
/// conversation means (<see cref="ConversationBusiness"/>), or the business picker when it could be several.
/// </summary>
internal sealed class UninvoicedListStart(ConversationBusiness businesses, UninvoicedListResponder responder)
{
    public async Task SendAsync(TurnContext turn, DateRange range, BookingFilter filter, bool readyToInvoice, CancellationToken ct)
    {
        ConversationBusiness.Choice choice = await businesses.ChooseAsync(turn, ct);
        if (choice.MustPick)
        {
            var query = new BookingListQuery(choice.Choices[0].Id, range.FromUtc, range.ToUtc, range.Label, filter.Customer, filter.Service, filter.Staff);
            await turn.SendCardAsync(BusinessPickerCard.Build(choice.Choices, query, readyToInvoice), ct);
            return;
        }
        await responder.SendAsync(turn, new UninvoicedBookingsRequest(choice.BusinessId, range, filter), readyToInvoice, ct);
    }
}
