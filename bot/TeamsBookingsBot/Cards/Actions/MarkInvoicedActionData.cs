namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// Business Central's "Mark as invoiced" (no invoice) for the ticked bookings among <paramref name="AppointmentIds"/>
/// (the bookings on the card's page); <paramref name="Query"/> is the list to show afterwards.
/// </summary>
public sealed record MarkInvoicedActionData(IReadOnlyList<string> AppointmentIds, BookingListQuery Query)
    : CardActionData(CardVerbs.MarkInvoiced)
{
    public bool Equals(MarkInvoicedActionData? other) =>
        base.Equals(other) && Query == other.Query && AppointmentIds.SequenceEqual(other.AppointmentIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Query, AppointmentIds.Count);

    protected internal override bool IsValid() => AppointmentIdList.IsValid(AppointmentIds) && Query.IsValid();
}
