namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>A Bookings business's physicalAddress.</summary>
public sealed record SandboxBusinessAddress(string Street, string City, string State, string CountryOrRegion, string PostalCode);
