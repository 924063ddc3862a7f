namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// Leaves the ticked bookings among <paramref name="AppointmentIds"/> out of invoicing (e.g. a no-show not billed).
/// The reason comes from the card's input <see cref="CardInputIds.ExcludeReason"/>.
/// </summary>
public sealed record ExcludeActionData(IReadOnlyList<string> AppointmentIds, BookingListQuery Query)
    : CardActionData(CardVerbs.Exclude)
{
    public bool Equals(ExcludeActionData? other) =>
        base.Equals(other) && Query == other.Query && AppointmentIds.SequenceEqual(other.AppointmentIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Query, AppointmentIds.Count);

    protected internal override bool IsValid() => AppointmentIdList.IsValid(AppointmentIds) && Query.IsValid();
}
