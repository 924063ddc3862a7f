using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>
/// The uninvoiced list in memory, over the booking store and ledger ports: it reads every booking of the range and runs
/// the pure <see cref="UninvoicedBookingsQuery"/>, the list's specification (the oracle the database query is compared
/// with). Counts its pages so tests can tell how often a reply listed.
/// </summary>
public sealed class InMemoryUninvoicedBookingsList(
    IBookingStore store, IInvoicedBookingsLookup ledger, CompletionPolicy? completion = null, BillingRules? billing = null) : IUninvoicedBookingsList
{
    private readonly UninvoicedBookingsQuery query = new(completion ?? CompletionPolicy.Default, billing);
    private int pageCalls;

    public int PageCalls => Volatile.Read(ref pageCalls);

    public async Task<UninvoicedBookingsResult> PageAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct)
    {
        Interlocked.Increment(ref pageCalls);
        (IReadOnlyList<Booking> bookings, LedgerState state, BookingsDirectory directory) = await LoadAsync(business, criteria, ct);
        return query.Run(bookings, state, directory, criteria, nowUtc);
    }

    public async Task<IReadOnlyList<string>> AppointmentIdsAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct)
    {
        (IReadOnlyList<Booking> bookings, LedgerState state, BookingsDirectory directory) = await LoadAsync(business, criteria, ct);
        UninvoicedBookingsResult all = query.Run(bookings, state, directory, criteria with { PageSize = Math.Max(1, bookings.Count), PageIndex = 0, Position = null }, nowUtc);
        return [.. all.Rows.Select(r => r.Booking.AppointmentId)];
    }

    private async Task<(IReadOnlyList<Booking>, LedgerState, BookingsDirectory)> LoadAsync(
        BookingsBusiness business, UninvoicedBookingsCriteria criteria, CancellationToken ct)
    {
        IReadOnlyList<Booking> bookings = await store.ListAsync(
            business.Id, criteria.Range?.FromUtc ?? DateTimeOffset.MinValue, criteria.Range?.ToUtc ?? DateTimeOffset.MaxValue, ct);
        LedgerState state = bookings.Count == 0
            ? LedgerState.Empty
            : await ledger.GetStateAsync(business.Id, [.. bookings.Select(b => b.AppointmentId).Distinct(StringComparer.Ordinal)], ct);
        IReadOnlyDictionary<string, string> staff = await store.GetStaffNamesAsync(business.Id, ct);
        return (bookings, state, new BookingsDirectory([business], staff));
    }
}
