namespace TeamsBookingsBot.Cards.Actions;

/// <param name="AppointmentIds">The Bookings appointment ids the card listed.</param>
/// <param name="RunId">Identifies this card's run, so a repeated click cannot bill twice.</param>
public sealed record InvoicePreviewActionData(IReadOnlyList<string> AppointmentIds, Guid RunId)
    : CardActionData(CardVerbs.InvoicePreview)
{
    /// <summary>
    /// The list the bookings came from: names the business, and is what the preview's "Back" button shows.
    /// Optional so that cards built before it existed still parse.
    /// </summary>
    public BookingListQuery? Query { get; init; }

    // Value equality over the ids, so a parsed payload equals the data the card was built from.
    public bool Equals(InvoicePreviewActionData? other) =>
        base.Equals(other) && RunId == other.RunId && Query == other.Query
        && AppointmentIds.SequenceEqual(other.AppointmentIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RunId, AppointmentIds.Count);

    protected internal override bool IsValid() =>
        AppointmentIdList.IsValid(AppointmentIds) && RunId != Guid.Empty && Query?.IsValid() != false;
}
