namespace TeamsBookingsBot.Domain.Invoicing;

public enum SkipReason
{
    Cancelled = 0,
    FreeService = 1,
    AlreadyInvoiced = 2,
    BeingInvoiced = 3,
    MarkedInvoiced = 4,
    Excluded = 5,
}
