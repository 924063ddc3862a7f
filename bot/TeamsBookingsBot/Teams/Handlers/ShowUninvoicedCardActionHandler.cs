using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Buttons such as "Show yesterday's bookings": the period is resolved in the user's zone when Teams sends it
/// (<c>localTimezone</c>), else the business's, like typed dates. Posts a new list; the pressed card stays.
/// </summary>
internal sealed class ShowUninvoicedCardActionHandler(UninvoicedListResponder responder, TimeProvider time, BusinessTimeZone businessZone)
    : ICardActionHandler
{
    public Type DataType => typeof(ShowUninvoicedActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ShowUninvoicedActionData)request.Data;
        TimeZoneInfo zone = TimeZoneResolver.ResolveFirst(turn.Activity.LocalTimezone, businessZone.Zone.Id);
        DateRange range = BookingRangeResolver.Resolve(data.Range, time.GetUtcNow(), zone);
        var listRequest = new UninvoicedBookingsRequest(null, range, new BookingFilter(Customer: data.Customer));
        return new CardActionResult.PostCard(
            await responder.BuildCardAsync(turn, listRequest, readyToInvoice: false, ct), "Here are the bookings for " + range.Label + ".");
    }
}
