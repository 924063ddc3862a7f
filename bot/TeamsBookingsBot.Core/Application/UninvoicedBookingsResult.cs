using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// One page of the uninvoiced list. <see cref="Totals"/> (what invoicing would bill), <see cref="Count"/> and the
/// other counts cover every matching booking, not just this page (<see cref="Figures"/>). <see cref="Criteria"/> echoes
/// what was applied, with the page index of the page shown. The page starts after <see cref="RowsBefore"/> rows of the
/// list and the next one at <see cref="NextPage"/>.
/// </summary>
public sealed record UninvoicedBookingsResult
{
    /// <param name="rows">The page's rows in list order; one row more than the page size tells where the next page starts.</param>
    /// <param name="figures">The whole list's figures.</param>
    /// <param name="criteria">What was asked for.</param>
    /// <param name="rowsBefore">Rows of the list before the page's first row, as the page is numbered (0 when there are none).</param>
    /// <param name="hasPreviousPage">Whether the list has rows before the page's first row.</param>
    public UninvoicedBookingsResult(
        IReadOnlyList<UninvoicedBookingRow> rows, UninvoicedBookingsFigures figures, UninvoicedBookingsCriteria criteria, int rowsBefore,
        bool hasPreviousPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(rowsBefore);
        int size = criteria.PageSize;
        Rows = rows.Count > size ? [.. rows.Take(size)] : rows;
        NextPage = rows.Count > size ? ListPosition.At(rows[size], rowsBefore + size) : null;
        Figures = figures;
        RowsBefore = hasPreviousPage ? rowsBefore : 0;
        HasPreviousPage = hasPreviousPage;
        Criteria = criteria with { PageIndex = (rowsBefore + size - 1) / size };
    }

    public IReadOnlyList<UninvoicedBookingRow> Rows { get; private init; }

    public UninvoicedBookingsFigures Figures { get; }

    public UninvoicedBookingsCriteria Criteria { get; private init; }

    public int RowsBefore { get; }

    /// <summary>Where the next page starts; null on the last page.</summary>
    public ListPosition? NextPage { get; private init; }

    public IReadOnlyList<Money> Totals => Figures.Totals;

    public int Count => Figures.Count;

    public int PriceNeededCount => Figures.PriceNeededCount;

    /// <summary>Listed bookings that wait for something before invoicing bills them (or all of them); not in the totals.</summary>
    public int NeedsAttentionCount => Figures.NeedsAttentionCount;

    /// <summary>Free bookings left off the list because <see cref="UninvoicedBookingsCriteria.IncludeFree"/> was not asked.</summary>
    public int HiddenFreeCount => Figures.HiddenFreeCount;

    /// <summary>Completed bookings of the period that match the filters, listed or not (invoiced, marked, excluded).</summary>
    public int CompletedCount => Figures.CompletedCount;

    /// <summary>Bookings of the period that match the filters but have not ended yet, so they are not listed.</summary>
    public int NotCompletedCount => Figures.NotCompletedCount;

    public int PageSize => Criteria.PageSize;

    /// <summary>The page shown, counting from 0: a page that starts part way (the list changed, or the page got smaller) counts as the next one.</summary>
    public int PageIndex => Criteria.PageIndex;

    public int TotalPages => Math.Max(1, PageIndex + (Math.Max(0, Count - RowsBefore) + PageSize - 1) / PageSize);

    public bool HasNextPage => NextPage is not null;

    public bool HasPreviousPage { get; }

    /// <summary>The first row of the page, as a position that shows this page again (Refresh, Back).</summary>
    public ListPosition? FirstRow => Rows.Count > 0 ? ListPosition.At(Rows[0], RowsBefore) : null;

    /// <summary>
    /// The same page with at most <paramref name="pageSize"/> rows (e.g. so its card fits Teams' size limit): a prefix of
    /// these rows, so nothing is read again, and the next page starts at the first row left off.
    /// </summary>
    public UninvoicedBookingsResult Shrink(int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (pageSize >= PageSize)
        {
            return this;
        }
        return this with
        {
            Rows = [.. Rows.Take(pageSize)],
            NextPage = Rows.Count > pageSize ? ListPosition.At(Rows[pageSize], RowsBefore + pageSize) : NextPage,
            Criteria = Criteria with { PageSize = pageSize, PageIndex = (RowsBefore + pageSize - 1) / pageSize },
        };
    }
}
