namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// One planned BC sales invoice line: one attendee of one appointment. <see cref="Amount"/> is quantity × unit
/// price rounded once, as BC's sales line computes it from the same two numbers; BC adds tax.
/// </summary>
public sealed record DraftInvoiceLine(
    DraftLineKind Kind,
    string LineObjectNumber,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal Amount,
    string AppointmentId,
    DateTimeOffset StartUtc,
    IReadOnlyList<InvoiceLedgerKey> LedgerKeys)
{
    /// <summary>BC API v2.0 salesInvoiceLine lineType for an item line.</summary>
    public const string ItemLineType = "Item";

    public string LineType => ItemLineType;

    /// <summary>BC's Description field is Text[100].</summary>
    public const int MaxDescriptionLength = 100;
}
