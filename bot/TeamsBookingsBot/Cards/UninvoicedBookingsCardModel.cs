using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// Everything the uninvoiced list card shows. <paramref name="NowUtc"/> and <paramref name="RunId"/> come in
/// so the card stays a pure function: same model, same JSON.
/// </summary>
/// <param name="Business">The business the bookings belong to; its zone is the one times are shown in.</param>
/// <param name="Result">The page to show, with whole-list totals.</param>
/// <param name="Range">The period asked for.</param>
/// <param name="Filter">The filters asked for.</param>
/// <param name="NowUtc">When the list was computed ("today" for the sync time).</param>
/// <param name="LastSyncUtc">When the bookings were last fetched from Microsoft Bookings, or null.</param>
/// <param name="RunId">The card's id, a stored list snapshot: every button carries it (as the run id or the query's list id).</param>
/// <param name="ReadyToInvoice">Asked as "invoice ...": heading "Ready to invoice" and invoice buttons first.</param>
/// <param name="IncludeFree">Free bookings are listed too (they are left out by default).</param>
public sealed record UninvoicedBookingsCardModel(
    BookingsBusiness Business,
    UninvoicedBookingsResult Result,
    DateRange Range,
    BookingFilter Filter,
    DateTimeOffset NowUtc,
    DateTimeOffset? LastSyncUtc,
    Guid RunId,
    bool ReadyToInvoice = false,
    bool IncludeFree = false)
{
    public static UninvoicedBookingsCardModel From(
        UninvoicedBookingsSnapshot snapshot, UninvoicedBookingsResult result, Guid runId, bool readyToInvoice) =>
        new(snapshot.Business, result, snapshot.Range, snapshot.Filter, snapshot.NowUtc, snapshot.LastSyncUtc, runId, readyToInvoice,
            snapshot.IncludeFree);
}
