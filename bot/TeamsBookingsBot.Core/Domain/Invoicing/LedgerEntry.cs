namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// The state of one <see cref="InvoiceLedgerKey"/>. No entry, or <see cref="Released"/>, means the key
/// can be billed. <see cref="By"/> is the Entra (AAD) object id of the user who caused the state, and
/// <see cref="AtUtc"/> when.
/// </summary>
public abstract record LedgerEntry(InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc)
{
    /// <summary>True when the key must not be put on another invoice.</summary>
    public abstract bool BlocksInvoicing { get; }

    /// <summary>
    /// Held by a run between reserving and BC's answer. The <see cref="ExternalDocumentNumber"/> is what
    /// the draft in BC carries, so a run whose response was lost can find its draft again.
    /// </summary>
    public sealed record Reserved(InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc, string RunKey, string ExternalDocumentNumber)
        : LedgerEntry(Key, By, AtUtc)
    {
        public override bool BlocksInvoicing => true;
    }

    /// <summary>On a BC draft or posted invoice. <see cref="LedgerEntry.AtUtc"/> is when BC confirmed it.</summary>
    public sealed record Invoiced(
        InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc, string RunKey, string ExternalDocumentNumber, Guid InvoiceId, string InvoiceNumber)
        : LedgerEntry(Key, By, AtUtc)
    {
        public override bool BlocksInvoicing => true;
    }

    /// <summary>Free again: BC refused the draft, the draft was undone, or an exclusion was lifted.</summary>
    public sealed record Released(InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc) : LedgerEntry(Key, By, AtUtc)
    {
        public override bool BlocksInvoicing => false;
    }

    /// <summary>BC's "Mark as Invoiced": billed some other way, no invoice made by the bot.</summary>
    public sealed record MarkedInvoiced(InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc) : LedgerEntry(Key, By, AtUtc)
    {
        public override bool BlocksInvoicing => true;
    }

    /// <summary>Deliberately never billed, e.g. a no-show the business forgives.</summary>
    public sealed record Excluded(InvoiceLedgerKey Key, string By, DateTimeOffset AtUtc, string Reason) : LedgerEntry(Key, By, AtUtc)
    {
        public override bool BlocksInvoicing => true;
    }
}
