using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// BC's "Bookings Not Invoiced" list, per attendee: a booking stays listed while any attendee is not yet
/// invoiced. Amounts and totals are what the invoice planner would bill (<see cref="UninvoicedBookingBilling"/>).
/// Free bookings are left off unless asked for, so a list converges to empty once everything billable is done.
/// Pure: the bookings, ledger state, reference data and time are passed in. <see cref="Run"/> lists every booking it is
/// given; <see cref="Page"/> makes the rows of one page a store selected, beside the figures the store computed.
/// </summary>
public sealed class UninvoicedBookingsQuery(CompletionPolicy policy, BillingRules? rules = null)
{
    private readonly BillingRules billing = rules ?? BillingRules.Default;

    public CompletionPolicy Completion => policy;

    public BillingRules Billing => billing;

    /// <summary>The whole list in memory: every booking is judged, counted and totalled, then the page is cut.</summary>
    public UninvoicedBookingsResult Run(
        IReadOnlyList<Booking> bookings,
        LedgerState ledger,
        BookingsDirectory directory,
        UninvoicedBookingsCriteria criteria,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(criteria.PageIndex);

        (List<UninvoicedBookingRow> rows, UninvoicedBookingsFigures figures) = List(bookings, ledger, directory, criteria, now);
        (int first, int rowsBefore) = UninvoicedBookingsPaging.FirstRowOf(rows, criteria);
        return new UninvoicedBookingsResult([.. rows.Skip(first).Take(criteria.PageSize + 1)], figures, criteria, rowsBefore, first > 0);
    }

    /// <summary>
    /// The rows of a page a store selected (<paramref name="pageBookings"/>, in list order, with the first booking of the
    /// next page when there is one), with the whole list's <paramref name="figures"/> and the rows before it (the number the
    /// page is numbered by, and whether there are any).
    /// The bookings are judged again as <see cref="Run"/> judges them, so a row is made by one piece of code only.
    /// </summary>
    public UninvoicedBookingsResult Page(
        IReadOnlyList<Booking> pageBookings,
        LedgerState ledger,
        BookingsDirectory directory,
        UninvoicedBookingsCriteria criteria,
        DateTimeOffset now,
        UninvoicedBookingsFigures figures,
        int rowsBefore,
        bool hasPreviousPage) =>
        new(List(pageBookings, ledger, directory, criteria, now).Rows, figures, criteria, rowsBefore, hasPreviousPage);

    private (List<UninvoicedBookingRow> Rows, UninvoicedBookingsFigures Figures) List(
        IReadOnlyList<Booking> bookings, LedgerState ledger, BookingsDirectory directory, UninvoicedBookingsCriteria criteria, DateTimeOffset now)
    {
        List<Booking> inPeriod = [.. bookings.Where(b => IsInPeriod(b, directory, criteria))];
        List<Booking> completed = [.. inPeriod.Where(b => policy.IsCompleted(b, now))];
        List<(Booking Booking, IReadOnlyList<InvoiceLedgerKey> Open)> open = [.. completed
            .Select(b => (Booking: b, Open: (IReadOnlyList<InvoiceLedgerKey>)[.. InvoiceLedgerKey.AllFor(b).Where(k => !ledger.IsBlocked(k))]))
            .Where(b => b.Open.Count > 0)];
        IReadOnlyDictionary<string, BookingBill> bills = BillsOf(open.Select(o => o.Booking), ledger, directory);

        List<UninvoicedBookingRow> all = [.. open.Select(o => UninvoicedBookingRows.ToRow(o.Booking, o.Open, directory, bills))];
        List<UninvoicedBookingRow> rows = [.. all.Where(r => criteria.IncludeFree || !r.Has(BookingRowWarnings.Free))];
        rows.Sort(static (a, b) => ListPosition.At(a).CompareTo(b.Booking.StartUtc, b.Booking.AppointmentId));
        var figures = new UninvoicedBookingsFigures(
            rows.Count,
            TotalsOf(rows),
            rows.Count(r => r.Has(BookingRowWarnings.PriceNeeded)),
            rows.Count(r => r.NeedsAttention),
            all.Count - rows.Count,
            completed.Count,
            inPeriod.Count - completed.Count);
        return (rows, figures);
    }

    private static bool IsInPeriod(Booking booking, BookingsDirectory directory, UninvoicedBookingsCriteria criteria) =>
        (!booking.IsCancelled || criteria.IncludeCancelled)
        && (criteria.Range is null || criteria.Range.Contains(booking.StartUtc))
        && BookingFilterMatcher.Matches(booking, criteria.Filter, directory);

    private Dictionary<string, BookingBill> BillsOf(IEnumerable<Booking> listed, LedgerState ledger, BookingsDirectory directory)
    {
        var bills = new Dictionary<string, BookingBill>(StringComparer.Ordinal);
        foreach (IGrouping<string, Booking> business in listed.GroupBy(b => b.BusinessId, StringComparer.OrdinalIgnoreCase))
        {
            if (directory.Business(business.Key) is not { } known)
            {
                continue; // unknown currency: nothing can be billed
            }
            foreach ((string appointmentId, BookingBill bill) in UninvoicedBookingBilling.Of([.. business], known, ledger, billing))
            {
                bills[appointmentId] = bill;
            }
        }
        return bills;
    }

    private static Money[] TotalsOf(List<UninvoicedBookingRow> rows) =>
        rows.Where(r => r.Amount is not null)
            .Select(r => r.Amount!.Value)
            .GroupBy(m => m.Currency, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Money(g.Sum(m => m.Amount), g.Key))
            .ToArray();
}
