namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>Outcome of deleting a draft invoice; posted invoices are never deleted.</summary>
public abstract record BcDeleteDraftResult
{
    private BcDeleteDraftResult()
    {
    }

    public sealed record Deleted(Guid Id) : BcDeleteDraftResult;

    public sealed record NotFound(Guid Id) : BcDeleteDraftResult;

    /// <summary>The invoice is posted (or otherwise not a draft) and was left alone.</summary>
    public sealed record NotDraft(Guid Id, string Number, BcInvoiceStatus Status) : BcDeleteDraftResult;
}
