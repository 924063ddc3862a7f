namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>A Business Central company (API v2.0 <c>companies</c>): the id addresses every other resource.</summary>
public sealed record BcCompany(Guid Id, string Name, string DisplayName);
