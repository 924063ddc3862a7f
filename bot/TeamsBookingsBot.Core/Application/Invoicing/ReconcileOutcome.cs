using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>What Business Central said about one external document number the ledger held as reserved.</summary>
internal abstract record ReconcileOutcome
{
    /// <summary>BC has the draft: the keys are now invoiced on it.</summary>
    public sealed record Invoiced(BcSalesInvoice Invoice) : ReconcileOutcome;

    /// <summary>BC has no such invoice: the keys are free again.</summary>
    public sealed record Released : ReconcileOutcome;

    /// <summary>BC could not be asked; the reservation stays for the next reconciliation.</summary>
    public sealed record StillUnknown(string Reason) : ReconcileOutcome;
}
