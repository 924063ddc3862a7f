using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Buttons such as "Show yesterday's bookings": like typed dates, the business's days, today being the user's date
/// when Teams sends their zone (<c>localTimezone</c>). Posts a new list; the pressed card stays.
/// </summary>
internal sealed class ShowUninvoicedCardActionHandler(UninvoicedListStart start, TimeProvider time, BusinessTimeZone businessZone)
    : ICardActionHandler
{
    public Type DataType => typeof(ShowUninvoicedActionData);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct)
    {
        var data = (ShowUninvoicedActionData)request.Data;
        TimeZoneInfo zone = await businessZone.ZoneAsync(turn.TenantId, ct);
        TimeZoneInfo userZone = TimeZoneResolver.ResolveFirst(turn.Activity.LocalTimezone, zone.Id);
        DateRange range = BookingRangeResolver.Resolve(data.Range, time.GetUtcNow(), userZone, zone);
        // The list (or the business picker) is posted: while the first sync runs, its "fetching" card becomes the list when it ends.
        await start.SendAsync(turn, range, new BookingFilter(Customer: data.Customer), readyToInvoice: false, ct);
        return new CardActionResult.Message("Here are the bookings for " + range.Label + ".");
    }
}
