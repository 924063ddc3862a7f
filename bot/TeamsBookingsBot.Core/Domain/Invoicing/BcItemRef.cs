namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>A BC item from API v2.0 <c>items</c>; <see cref="Type"/> is Inventory, Service or Non-Inventory.</summary>
public sealed record BcItemRef(Guid Id, string Number, string DisplayName, string Type)
{
    public const string ServiceType = "Service";

    public bool IsService => string.Equals(Type, ServiceType, StringComparison.OrdinalIgnoreCase);
}
