namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>A Business Central item; <see cref="Type"/> is "Inventory", "Service" or "Non-Inventory".</summary>
public sealed record BcItem(Guid Id, string Number, string DisplayName, string Type, decimal UnitPrice, bool Blocked);
