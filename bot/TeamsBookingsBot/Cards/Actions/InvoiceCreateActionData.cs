namespace TeamsBookingsBot.Cards.Actions;

/// <param name="AppointmentIds">The Bookings appointment ids to invoice.</param>
/// <param name="RunId">The ledger's idempotency key: a repeated click or retried invoke reuses it.</param>
public sealed record InvoiceCreateActionData(IReadOnlyList<string> AppointmentIds, Guid RunId)
    : CardActionData(CardVerbs.InvoiceCreate)
{
    protected internal override bool IsValid() => AppointmentIdList.IsValid(AppointmentIds) && RunId != Guid.Empty;
}
