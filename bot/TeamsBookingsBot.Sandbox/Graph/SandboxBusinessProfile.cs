using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// Who a sandbox Bookings business is: its mailbox, name, zone, currency, what Graph says about it, and its services,
/// staff and customers. The appointments come from <see cref="SandboxBookingsGenerator"/> over these.
/// </summary>
public sealed class SandboxBusinessProfile
{
    public required string Mailbox { get; init; }

    public required string Name { get; init; }

    /// <summary>The Windows zone id Bookings' page settings carry (the bot must resolve it on Linux too).</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>The same zone as IANA, as Bookings writes it on customers (customerTimeZone).</summary>
    public required string CustomerTimeZone { get; init; }

    public required string Currency { get; init; }

    public required string BusinessType { get; init; }

    public required string Phone { get; init; }

    public required string WebSiteUrl { get; init; }

    public required string LanguageTag { get; init; }

    public required SandboxBusinessAddress Address { get; init; }

    /// <summary>Seven services in the roles the generator gives them: 1 is the hourly group service, 3 the free walk-in one.</summary>
    public required IReadOnlyList<Domain.BookingService> Services { get; init; }

    public required IReadOnlyList<StaffMember> Staff { get; init; }

    /// <summary>The customers for a seed.</summary>
    public required Func<int, BookingsCustomerRecord[]> Customers { get; init; }

    /// <summary>Mixed into every day's RNG seed, so two businesses never share appointment ids.</summary>
    public int SeedOffset { get; init; }

    /// <summary>"Contoso Hair &amp; Beauty": the sandbox's first business, the one the bot is configured with.</summary>
    public static SandboxBusinessProfile Salon { get; } = new()
    {
        Mailbox = SandboxBookingsData.Mailbox,
        Name = SandboxBookingsData.BusinessName,
        TimeZoneId = SandboxBookingsData.TimeZoneId,
        CustomerTimeZone = "America/Los_Angeles",
        Currency = SandboxBookingsData.Currency,
        BusinessType = "Beauty salon",
        Phone = "206-555-0150",
        WebSiteUrl = "https://www.contoso.com",
        LanguageTag = "en-US",
        Address = new("4567 First Street", "Seattle", "WA", "USA", "98101"),
        Services = SandboxBookingsGenerator.Services,
        Staff = SandboxPeople.SalonStaff,
        Customers = seed => SandboxPeople.Customers(seed),
    };

    /// <summary>"Fabrikam Physio" in Amsterdam, in euros: the second business, which an admin connects in setup.</summary>
    public static SandboxBusinessProfile Physio => SandboxPhysioPractice.Profile;
}
