using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// BC's "Bookings Not Invoiced" list, per attendee: a booking stays listed while any attendee is not yet
/// invoiced. Pure: the bookings, ledger state, reference data and time are passed in.
/// </summary>
public sealed class UninvoicedBookingsQuery(CompletionPolicy policy)
{
    public UninvoicedBookingsResult Run(
        IReadOnlyList<Booking> bookings,
        LedgerState ledger,
        BookingsDirectory directory,
        UninvoicedBookingsCriteria criteria,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(criteria.PageIndex);

        List<UninvoicedBookingRow> rows = [];
        foreach (Booking booking in bookings)
        {
            if (IsListed(booking, ledger, directory, criteria, now, out IReadOnlyList<LedgerKey> open))
            {
                rows.Add(ToRow(booking, open, directory));
            }
        }
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
            totalPages);
    }

    private bool IsListed(
        Booking booking, LedgerState ledger, BookingsDirectory directory, UninvoicedBookingsCriteria criteria,
        DateTimeOffset now, out IReadOnlyList<LedgerKey> open)
    {
        open = [];
        if ((booking.IsCancelled && !criteria.IncludeCancelled)
            || !policy.IsCompleted(booking, now)
            || ledger.IsExcluded(booking.AppointmentId)
            || (criteria.Range is not null && !criteria.Range.Contains(booking.StartUtc))
            || !BookingFilterMatcher.Matches(booking, criteria.Filter, directory))
        {
            return false;
        }
        open = LedgerKey.AllFor(booking).Where(k => !ledger.IsInvoiced(k)).ToArray();
        return open.Count > 0;
    }

    private static UninvoicedBookingRow ToRow(Booking booking, IReadOnlyList<LedgerKey> open, BookingsDirectory directory)
    {
        BookingRowWarnings warnings = BookingRowWarnings.None;
        if (booking.IsCancelled)
        {
            warnings |= BookingRowWarnings.Cancelled;
        }
        if (!booking.Customers.Any(IsIdentified))
        {
            warnings |= BookingRowWarnings.NoCustomer;
        }
        if (open.Count < LedgerKey.AllFor(booking).Count)
        {
            warnings |= BookingRowWarnings.PartiallyInvoiced;
        }
        if (booking.PriceType is BookingPriceType.PriceVaries or BookingPriceType.StartingAt)
        {
            warnings |= BookingRowWarnings.PriceVaries;
        }

        string? currency = directory.CurrencyOf(booking.BusinessId);
        if (currency is null)
        {
            warnings |= BookingRowWarnings.CurrencyUnknown;
        }
        if (InvoiceLinePricing.For(booking) is not LinePrice.Known known)
        {
            return new UninvoicedBookingRow(booking, null, null, open, warnings | BookingRowWarnings.PriceNeeded);
        }
        if (currency is null)
        {
            return new UninvoicedBookingRow(booking, null, null, open, warnings);
        }
        Money line = new(known.Amount, currency);
        Money amount = new(known.Amount * open.Count, currency);
        return new UninvoicedBookingRow(booking, line, amount, open, warnings);
    }

    private static bool IsIdentified(BookingCustomer customer) =>
        !string.IsNullOrWhiteSpace(customer.CustomerId)
        || !string.IsNullOrWhiteSpace(customer.Email)
        || !string.IsNullOrWhiteSpace(customer.Name);

    private static Money[] TotalsOf(List<UninvoicedBookingRow> rows) =>
        rows.Where(r => r.Amount is not null)
            .Select(r => r.Amount!.Value)
            .GroupBy(m => m.Currency, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Money(g.Sum(m => m.Amount), g.Key))
            .ToArray();
}
