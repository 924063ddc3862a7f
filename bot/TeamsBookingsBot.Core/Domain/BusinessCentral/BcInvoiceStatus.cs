namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>salesInvoice <c>status</c>. Only <see cref="Draft"/> is unposted; the rest are posted documents.</summary>
public enum BcInvoiceStatus
{
    Unknown = 0,
    Draft,
    InReview,
    Open,
    Paid,
    Canceled,
    Corrective,
}
