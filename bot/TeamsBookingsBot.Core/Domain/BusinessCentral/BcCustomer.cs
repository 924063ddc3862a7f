namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// A Business Central customer. <see cref="CurrencyCode"/> is empty for the company's local currency;
/// <see cref="Blocked"/> is BC's text (" ", "Ship", "Invoice", "All").
/// </summary>
public sealed record BcCustomer(Guid Id, string Number, string DisplayName, string Email, string CurrencyCode, string Blocked)
{
    /// <summary>BC refuses invoices for customers blocked for "Invoice" or "All".</summary>
    public bool IsBlockedForInvoicing => Blocked is "Invoice" or "All";
}
