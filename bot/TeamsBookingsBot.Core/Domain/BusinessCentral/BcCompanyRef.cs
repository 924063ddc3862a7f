namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// Which Business Central company a Bookings business invoices into: the environment (as named in the BC admin
/// center) and the company, by API id when known, else by name (resolved once through <c>GET companies</c>).
/// </summary>
public sealed record BcCompanyRef(string Environment, Guid? CompanyId, string? CompanyName);
