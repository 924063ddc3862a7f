using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>A salon in Pacific time billing in USD, its BC customers and items, and a plan call with defaults.</summary>
internal static class PlannerTestData
{
    public const string BusinessId = "salon@contoso.com";
    public const string RunKey = "run-7f3c";

    public static readonly BookingsBusiness Salon = new(BusinessId, "Contoso Salon", "Pacific Standard Time", "USD");

    public static readonly InvoicingSettings Settings = new() { Business = Salon, CompanyCurrencyCode = "USD" };

    public static readonly BookingCustomer Ann = new("cust-ann", "Ann Lee", "Ann.Lee@example.com", null);
    public static readonly BookingCustomer Bob = new("cust-bob", "Bob Roe", "bob@example.com", null);
    public static readonly BookingCustomer Cat = new(null, "Cat Poe", "CAT@example.com", null);

    public static readonly BcCustomerRef AnnInBc = new(Guid.Parse("11111111-0000-0000-0000-000000000001"), "20000", "Ann Lee", "ann.lee@example.com", "", false);
    public static readonly BcCustomerRef BobInBc = new(Guid.Parse("11111111-0000-0000-0000-000000000002"), "10000", "Bob Roe", "bob@example.com", "", false);
    public static readonly BcCustomerRef CatInBc = new(Guid.Parse("11111111-0000-0000-0000-000000000003"), "30000", "Cat Poe", "cat@example.com", "", false);

    public static readonly BcItemRef HaircutItem = new(Guid.Parse("22222222-0000-0000-0000-000000000001"), "SVC-HAIR", "Haircut", "Service");
    public static readonly BcItemRef NoShowItem = new(Guid.Parse("22222222-0000-0000-0000-000000000002"), "SVC-NOSHOW", "No-show fee", "Service");

    public static readonly ServiceMapping Services = new(
        new Dictionary<string, string> { ["svc-haircut"] = "SVC-HAIR", ["svc-consult"] = "SVC-CONS", ["svc-yoga"] = "SVC-YOGA" },
        [HaircutItem, NoShowItem]);

    public static Dictionary<string, CustomerResolution> AllResolved() => new()
    {
        [InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc),
        [InvoiceLedgerKey.CustomerKeyOf(Bob)] = new CustomerResolution.Resolved(BobInBc),
        [InvoiceLedgerKey.CustomerKeyOf(Cat)] = new CustomerResolution.Resolved(CatInBc),
    };

    /// <summary>A haircut for Ann on 23 Nov 2026 at 09:30 Pacific (17:30 UTC, PST), one hour, fixed 40.</summary>
    public static Booking Haircut(string appointmentId = "appt-1", params BookingCustomer[] customers) => new()
    {
        BusinessId = BusinessId,
        AppointmentId = appointmentId,
        ServiceId = "svc-haircut",
        ServiceName = "Haircut",
        Price = 40m,
        PriceType = BookingPriceType.FixedPrice,
        StartUtc = new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero),
        EndUtc = new DateTimeOffset(2026, 11, 23, 18, 30, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromHours(1),
        Customers = customers.Length == 0 ? [Ann] : customers,
    };

    public static InvoicePlan Plan(
        IReadOnlyList<Booking> bookings,
        IReadOnlyDictionary<string, CustomerResolution>? customers = null,
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry>? ledger = null,
        InvoicingSettings? settings = null,
        InvoicePlanAdjustments? adjustments = null,
        ServiceMapping? services = null,
        string runKey = RunKey) =>
        InvoicePlanner.Plan(
            bookings,
            customers ?? AllResolved(),
            services ?? Services,
            ledger ?? new Dictionary<InvoiceLedgerKey, LedgerEntry>(),
            settings ?? Settings,
            runKey,
            adjustments);
}
