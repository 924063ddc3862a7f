namespace TeamsBookingsBot.Cards.Actions;

/// <param name="AppointmentIds">The Bookings appointment ids the card listed.</param>
/// <param name="RunId">Identifies this card's run, so a repeated click cannot bill twice.</param>
public sealed record InvoicePreviewActionData(IReadOnlyList<string> AppointmentIds, Guid RunId)
    : CardActionData(CardVerbs.InvoicePreview)
{
    protected internal override bool IsValid() => AppointmentIdList.IsValid(AppointmentIds) && RunId != Guid.Empty;
}
