using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The uninvoiced list where the bookings are stored: one page and the whole list's figures, with work in proportion to
/// the page, never to the store. It lists exactly what <see cref="UninvoicedBookingsQuery.Run"/> lists over the same
/// bookings and ledger (that query is its specification), under the configured completion rule and billing rules.
/// </summary>
public interface IUninvoicedBookingsList
{
    /// <summary>The page <paramref name="criteria"/> asks for (position or page index), with totals and counts of every page.</summary>
    Task<UninvoicedBookingsResult> PageAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>Every listed booking's appointment id, all pages, in list order (for "Invoice all").</summary>
    Task<IReadOnlyList<string>> AppointmentIdsAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct);
}
