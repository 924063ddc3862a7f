namespace TeamsBookingsBot.Cards.Actions;

/// <param name="AppointmentIds">The Bookings appointment ids to invoice.</param>
/// <param name="RunId">The ledger's idempotency key: a repeated click or retried invoke reuses it.</param>
/// <remarks>
/// Confirm acts on the run stored by the preview (<paramref name="RunId"/>); the ids say what the card showed.
/// </remarks>
public sealed record InvoiceCreateActionData(IReadOnlyList<string> AppointmentIds, Guid RunId)
    : CardActionData(CardVerbs.InvoiceCreate)
{
    /// <summary>How many drafts the preview showed: the progress card says "Creating N draft invoices".</summary>
    public int DraftCount { get; init; }

    /// <summary>The list the result card's "Back" button shows, when the run started from a list.</summary>
    public BookingListQuery? Query { get; init; }

    // Value equality over the ids, so a parsed payload equals the data the card was built from.
    public bool Equals(InvoiceCreateActionData? other) =>
        base.Equals(other) && RunId == other.RunId && DraftCount == other.DraftCount && Query == other.Query
        && AppointmentIds.SequenceEqual(other.AppointmentIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RunId, AppointmentIds.Count);

    protected internal override bool IsValid() =>
        AppointmentIdList.IsValid(AppointmentIds) && RunId != Guid.Empty && DraftCount is >= 0 and <= 10_000
        && Query?.IsValid() != false;
}
