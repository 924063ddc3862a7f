namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// A BC customer as the API v2.0 <c>customers</c> entity gives it. An empty <see cref="CurrencyCode"/>
/// means the company's local currency (LCY), as in BC.
/// </summary>
public sealed record BcCustomerRef(Guid Id, string Number, string DisplayName, string? Email, string CurrencyCode, bool Blocked);
