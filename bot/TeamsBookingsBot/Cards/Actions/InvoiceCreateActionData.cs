namespace TeamsBookingsBot.Cards.Actions;

/// <param name="AppointmentIds">The Bookings appointment ids to invoice.</param>
/// <param name="RunId">The ledger's idempotency key: a repeated click or retried invoke reuses it.</param>
public sealed record InvoiceCreateActionData(IReadOnlyList<string> AppointmentIds, Guid RunId)
    : CardActionData(CardVerbs.InvoiceCreate)
{
    // Value equality over the ids, so a parsed payload equals the data the card was built from.
    public bool Equals(InvoiceCreateActionData? other) =>
        base.Equals(other) && RunId == other.RunId && AppointmentIds.SequenceEqual(other.AppointmentIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RunId, AppointmentIds.Count);

    protected internal override bool IsValid() => AppointmentIdList.IsValid(AppointmentIds) && RunId != Guid.Empty;
}
