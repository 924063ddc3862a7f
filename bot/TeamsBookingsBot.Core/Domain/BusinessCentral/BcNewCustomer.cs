namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// A customer to create. <see cref="TemplateCustomerNumber"/> names an existing customer whose
/// currency, payment terms/method, shipment method and tax settings are copied, because API v2.0 has no
/// customer-template parameter.
/// </summary>
public sealed record BcNewCustomer(string DisplayName, string Email, string? PhoneNumber, string? TemplateCustomerNumber = null);
