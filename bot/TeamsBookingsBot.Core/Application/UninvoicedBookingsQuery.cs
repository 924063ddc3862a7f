using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// BC's "Bookings Not Invoiced" list, per attendee: a booking stays listed while any attendee is not yet
/// invoiced. Amounts and totals are what the invoice planner would bill (<see cref="UninvoicedBookingBilling"/>).
/// Free bookings are left off unless asked for, so a list converges to empty once everything billable is done.
/// Pure: the bookings, ledger state, reference data and time are passed in.
/// </summary>
public sealed class UninvoicedBookingsQuery(CompletionPolicy policy, BillingRules? rules = null)
{
    private readonly BillingRules billing = rules ?? BillingRules.Default;

    public UninvoicedBookingsResult Run(
        IReadOnlyList<Booking> bookings,
        LedgerState ledger,
        BookingsDirectory directory,
        UninvoicedBookingsCriteria criteria,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(criteria.PageIndex);

        List<Booking> inPeriod = [.. bookings.Where(b => IsInPeriod(b, directory, criteria))];
        List<Booking> completed = [.. inPeriod.Where(b => policy.IsCompleted(b, now))];
        List<(Booking Booking, IReadOnlyList<InvoiceLedgerKey> Open)> open = [.. completed
            .Select(b => (Booking: b, Open: (IReadOnlyList<InvoiceLedgerKey>)[.. InvoiceLedgerKey.AllFor(b).Where(k => !ledger.IsBlocked(k))]))
            .Where(b => b.Open.Count > 0)];
        IReadOnlyDictionary<string, BookingBill> bills = BillsOf(open.Select(o => o.Booking), ledger, directory);

        List<UninvoicedBookingRow> all = [.. open.Select(o => ToRow(o.Booking, o.Open, directory, bills))];
        List<UninvoicedBookingRow> rows = [.. all.Where(r => criteria.IncludeFree || !r.Has(BookingRowWarnings.Free))];
        rows.Sort(static (a, b) =>
        {
            int byStart = a.Booking.StartUtc.CompareTo(b.Booking.StartUtc);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Booking.AppointmentId, b.Booking.AppointmentId);
        });

        int totalPages = Math.Max(1, (rows.Count + criteria.PageSize - 1) / criteria.PageSize);
        int pageIndex = Math.Min(criteria.PageIndex, totalPages - 1);
        UninvoicedBookingRow[] page = rows.Skip(pageIndex * criteria.PageSize).Take(criteria.PageSize).ToArray();
        return new UninvoicedBookingsResult(
            page,
            TotalsOf(rows),
            rows.Count,
            rows.Count(r => r.Has(BookingRowWarnings.PriceNeeded)),
            criteria with { PageIndex = pageIndex },
            totalPages)
        {
            NeedsAttentionCount = rows.Count(r => r.NeedsAttention),
            HiddenFreeCount = all.Count - rows.Count,
            CompletedCount = completed.Count,
            NotCompletedCount = inPeriod.Count - completed.Count,
        };
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

    private static UninvoicedBookingRow ToRow(
        Booking booking, IReadOnlyList<InvoiceLedgerKey> open, BookingsDirectory directory, IReadOnlyDictionary<string, BookingBill> bills)
    {
        BookingBill bill = bills.TryGetValue(booking.AppointmentId, out BookingBill? found) ? found : BookingBill.Nothing;
        BookingRowWarnings warnings = WarningsOf(booking, open, bill);
        string? currency = directory.CurrencyOf(booking.BusinessId);
        if (currency is null)
        {
            return new UninvoicedBookingRow(booking, null, null, open, warnings | BookingRowWarnings.CurrencyUnknown);
        }
        Money? line = InvoiceLinePricing.For(booking) is LinePrice.Known known ? new Money(known.Amount, currency) : null;
        if (bill.UnusualAmount is { } unusual)
        {
            line = new Money(unusual, currency);
        }
        Money? amount = bill.Lines > 0 ? new Money(bill.Billed, currency) : null;
        return new UninvoicedBookingRow(booking, line, amount, open, warnings);
    }

    private static BookingRowWarnings WarningsOf(Booking booking, IReadOnlyList<InvoiceLedgerKey> open, BookingBill bill)
    {
        BookingRowWarnings warnings = BookingRowWarnings.None;
        if (booking.IsCancelled)
        {
            warnings |= BookingRowWarnings.Cancelled;
        }
        if (open.Count < InvoiceLedgerKey.AllFor(booking).Count)
        {
            warnings |= BookingRowWarnings.PartiallyInvoiced;
        }
        if (bill.Free)
        {
            warnings |= BookingRowWarnings.Free;
        }
        // The planner names only the first thing a booking needs; the price is worth saying even then.
        warnings |= InvoiceLinePricing.For(booking) switch
        {
            LinePrice.Needed => PriceWarnings(booking),
            LinePrice.Negative => BookingRowWarnings.NegativePrice,
            LinePrice.InvalidTimes => BookingRowWarnings.InvalidTimes,
            _ => BookingRowWarnings.None,
        };
        foreach (PlanProblemKind problem in bill.Problems)
        {
            warnings |= problem switch
            {
                PlanProblemKind.PriceNeeded => PriceWarnings(booking),
                PlanProblemKind.NoCustomer => BookingRowWarnings.NoCustomer,
                PlanProblemKind.CustomerNotFound => BookingRowWarnings.CustomerUnidentified,
                PlanProblemKind.NegativePrice => BookingRowWarnings.NegativePrice,
                PlanProblemKind.InvalidDuration => BookingRowWarnings.InvalidTimes,
                PlanProblemKind.UnusualAmount => BookingRowWarnings.UnusualAmount,
                PlanProblemKind.UnmappedService => BookingRowWarnings.ServiceUnknown,
                _ => BookingRowWarnings.None, // BC-side problems the list cannot know about
            };
        }
        return warnings;
    }

    private static BookingRowWarnings PriceWarnings(Booking booking) =>
        booking.PriceType is BookingPriceType.PriceVaries or BookingPriceType.StartingAt
            ? BookingRowWarnings.PriceNeeded | BookingRowWarnings.PriceVaries
            : BookingRowWarnings.PriceNeeded;

    private static Money[] TotalsOf(List<UninvoicedBookingRow> rows) =>
        rows.Where(r => r.Amount is not null)
            .Select(r => r.Amount!.Value)
            .GroupBy(m => m.Currency, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Money(g.Sum(m => m.Amount), g.Key))
            .ToArray();
}
