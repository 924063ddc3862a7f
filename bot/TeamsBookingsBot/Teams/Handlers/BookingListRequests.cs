using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>The list a card's buttons carry (<see cref="BookingListQuery"/>) as a request to list it again.</summary>
internal static class BookingListRequests
{
    public static UninvoicedBookingsRequest From(BookingListQuery query) => new(
        query.BusinessId,
        new DateRange(query.FromUtc, query.ToUtc, query.RangeLabel),
        new BookingFilter(query.Customer, query.Service, query.Staff),
        query.PageIndex,
        PageSize: query.PageSize,
        IncludeFree: query.IncludeFree,
        Position: query.Position);
}
