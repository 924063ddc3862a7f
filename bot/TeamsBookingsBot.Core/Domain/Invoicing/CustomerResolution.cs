namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// How one Bookings customer maps to a BC customer, decided before planning (by email lookup,
/// a stored link, or the user's pick on a card). Keyed by <see cref="InvoiceLedgerKey.CustomerKeyOf"/>.
/// </summary>
public abstract record CustomerResolution
{
    public sealed record Resolved(BcCustomerRef Customer) : CustomerResolution;

    /// <summary>No BC customer has this email (or the Bookings customer has none).</summary>
    public sealed record NotFound(string? Email, string? Name) : CustomerResolution;

    /// <summary>Several BC customers share the email; BC's own FindByEmail silently took the first, we ask.</summary>
    public sealed record Ambiguous(IReadOnlyList<BcCustomerRef> Candidates) : CustomerResolution;

    /// <summary>
    /// The customer will be created from a BC customer template before the draft is sent, as BC's
    /// "Customer Templ. Code" did. <see cref="CurrencyCode"/> is the template's currency; empty = LCY.
    /// </summary>
    public sealed record WillCreateFromTemplate(string TemplateCode, string CurrencyCode = "") : CustomerResolution;
}
