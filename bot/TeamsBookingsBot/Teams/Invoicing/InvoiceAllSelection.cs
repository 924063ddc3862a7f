using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// Every uninvoiced booking of a list (all pages), computed as the list computes it: the same pure query over the
/// stored bookings and the ledger, so "Invoice all" bills exactly what the list said and nothing the user did not see.
/// </summary>
internal sealed class InvoiceAllSelection(
    IBookingStore store,
    IInvoicedBookingsLookup ledger,
    IBookingsBusinessCatalog catalog,
    CompletionPolicy completion,
    BillingRules billing,
    TimeProvider time)
{
    // One page holding every row; a month of a busy business is a few thousand bookings.
    private const int AllRows = 1_000_000;

    public async Task<IReadOnlyList<string>> AppointmentIdsAsync(BookingListQuery query, CancellationToken ct)
    {
        IReadOnlyList<Booking> bookings = await store.ListAsync(query.BusinessId, query.FromUtc, query.ToUtc, ct);
        if (bookings.Count == 0)
        {
            return [];
        }
        LedgerState state = await ledger.GetStateAsync(query.BusinessId, [.. bookings.Select(b => b.AppointmentId)], ct);
        IReadOnlyDictionary<string, string> staff = await store.GetStaffNamesAsync(query.BusinessId, ct);
        BookingsBusiness? business = await catalog.FindAsync(query.BusinessId, ct);
        var directory = new BookingsDirectory(business is null ? [] : [business], staff);
        var criteria = new UninvoicedBookingsCriteria
        {
            Range = new DateRange(query.FromUtc, query.ToUtc, query.RangeLabel),
            Filter = new BookingFilter(query.Customer, query.Service, query.Staff),
            PageSize = AllRows,
        };
        UninvoicedBookingsResult result = new UninvoicedBookingsQuery(completion, billing).Run(bookings, state, directory, criteria, time.GetUtcNow());
        return [.. result.Rows.Select(r => r.Booking.AppointmentId)];
    }
}
