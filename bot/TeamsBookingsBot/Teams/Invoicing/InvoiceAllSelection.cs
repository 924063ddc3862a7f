using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// Every uninvoiced booking of a list (all pages), selected by the list's own query in the database
/// (<see cref="IUninvoicedBookingsList"/>), so "Invoice all" bills exactly what the list said and nothing the user did
/// not see, without loading the stored bookings to find them.
/// </summary>
internal sealed class InvoiceAllSelection(IUninvoicedBookingsList list, IBookingsBusinessCatalog catalog, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> AppointmentIdsAsync(BookingListQuery query, CancellationToken ct)
    {
        if (await catalog.FindAsync(query.BusinessId, ct) is not { } business)
        {
            return []; // no longer configured: nothing of it can be invoiced
        }
        var criteria = new UninvoicedBookingsCriteria
        {
            Range = new DateRange(query.FromUtc, query.ToUtc, query.RangeLabel),
            Filter = new BookingFilter(query.Customer, query.Service, query.Staff),
        };
        return await list.AppointmentIdsAsync(business, criteria, time.GetUtcNow(), ct);
    }
}
