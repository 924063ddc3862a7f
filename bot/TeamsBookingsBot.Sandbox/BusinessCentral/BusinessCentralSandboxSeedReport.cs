namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// What the Bookings-driven seed deliberately got "wrong", so a demo can show each path: an email with no
/// BC customer, an email on two BC customers, a service with no item.
/// </summary>
public sealed record BusinessCentralSandboxSeedReport(
    int CustomersCreated, int ItemsCreated, string? UnmatchedEmail, string? AmbiguousEmail, string? UnmappedServiceName);
