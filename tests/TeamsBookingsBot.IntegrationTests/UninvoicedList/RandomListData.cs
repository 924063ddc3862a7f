using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// A random but reproducible uninvoiced-list world from one seed: bookings (prices, attendees, staff, services, times,
/// cancellations), what the ledger holds for each attendee, and list requests (ranges, filters, free and cancelled,
/// page sizes). Values come from small pools so filters, equal start times and shared customers actually meet.
/// </summary>
internal sealed class RandomListData
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly BookingCustomer[] CustomerPool =
    [
        new("c-ann", "Ann Lee", "ann@example.com", null),
        new(null, "Bob Stone", "Bob@Example.com", null),
        new(null, "Walk-in", null, null),
        new("c-zoe", "Zoë Ängström", "zoe@example.com", null),
        new("c-annm", "ANN Marie", null, "206-555-0100"),
    ];

    private static readonly (string? Id, string Name)[] Services = [("svc-1", "Haircut"), ("svc-2", "Colour & cut"), (null, "Beard trim")];
    private static readonly string[] StaffIds = ["s-anna", "s-ben", "s-cy"];
    private static readonly string[] IdPrefixes = ["a", "A", "b", "_", "Z"];
    private static readonly decimal[] Prices = [0m, 40m, 45.555m, 12.5m, -10m, 250_000m, 99.99m, 1_500m];
    private static readonly BookingPriceType[] PriceTypes =
    [
        BookingPriceType.FixedPrice, BookingPriceType.FixedPrice, BookingPriceType.Hourly, BookingPriceType.Free, BookingPriceType.PriceVaries,
        BookingPriceType.StartingAt, BookingPriceType.CallUs, BookingPriceType.NotSet, BookingPriceType.Undefined,
    ];

    private static readonly string?[] Customers = [null, null, "ann", "ANN", "bob@example.com", "zoe", "Zoe", "nobody"];
    private static readonly string?[] ServiceFilters = [null, null, "hair", "HAIRCUT", "svc-2", "beard", "x"];
    private static readonly string?[] StaffFilters = [null, null, "anna", "s-ben", "ben", "s-cy", "zed"];

    private readonly Random random;

    public RandomListData(int seed, string businessId)
    {
        random = new Random(seed);
        BusinessId = businessId;
        Completion = Pick([CompletionPolicy.Default, new CompletionPolicy(CompletionRule.EndedAfterGrace, TimeSpan.FromMinutes(30)),
            new CompletionPolicy(CompletionRule.StartedBeforeNow)]);
        Billing = new BillingRules
        {
            GroupBilling = Pick(Enum.GetValues<GroupBookingBilling>()),
            AmountCheck = random.Next(2) == 0 ? AmountCheck.Default : new AmountCheck(1_000m),
        };
        Now = Origin.AddDays(10).AddMinutes(random.Next(0, 600));
        Bookings = [.. Enumerable.Range(0, random.Next(0, 45)).Select(NewBooking)];
    }

    public string BusinessId { get; }

    public BookingsBusiness Business => new(BusinessId, "Salon", "America/Los_Angeles", "USD");

    public CompletionPolicy Completion { get; }

    public BillingRules Billing { get; }

    public DateTimeOffset Now { get; }

    public IReadOnlyList<Booking> Bookings { get; }

    public static IReadOnlyList<StaffMember> Staff => [new("s-anna", "Anna Berg", null), new("s-ben", "Ben Ode", "ben@example.com")];

    public bool Chance(int percent) => random.Next(100) < percent;

    /// <summary>What the ledger does with an attendee: nothing (most), or one of its writes.</summary>
    public LedgerAct ActFor(InvoiceLedgerKey _) => random.Next(20) switch
    {
        0 or 1 => LedgerAct.MarkInvoiced,
        2 or 3 => LedgerAct.Exclude,
        4 => LedgerAct.Reserve,
        5 => LedgerAct.ExcludeThenReinclude,
        _ => LedgerAct.None,
    };

    public UninvoicedBookingsCriteria NextCriteria() => new()
    {
        Range = NextRange(),
        Filter = new BookingFilter(Pick(Customers), Pick(ServiceFilters), Pick(StaffFilters)),
        IncludeFree = Chance(30),
        IncludeCancelled = Chance(30),
        PageSize = random.Next(1, 9),
    };

    public int NextPageIndex(int pages) => random.Next(0, pages + 2);

    private DateRange NextRange()
    {
        int fromDay = random.Next(-1, 12);
        return new DateRange(Origin.AddDays(fromDay).AddHours(random.Next(0, 24)), Origin.AddDays(fromDay + random.Next(1, 6)), "random");
    }

    private Booking NewBooking(int index)
    {
        // Few distinct starts, so equal start times (ordered by id) are common.
        DateTimeOffset start = Origin.AddDays(random.Next(0, 14)).AddMinutes(30 * random.Next(0, 6));
        int minutes = Chance(8) ? -random.Next(0, 60) : random.Next(15, 121);
        (string? serviceId, string serviceName) = Pick(Services);
        return new Booking
        {
            BusinessId = BusinessId,
            AppointmentId = $"{Pick(IdPrefixes)}{random.Next(0, 40):D2}-{index:D3}",
            ServiceId = serviceId,
            ServiceName = serviceName,
            Price = Pick(Prices),
            PriceType = Pick(PriceTypes),
            StartUtc = start,
            EndUtc = start.AddMinutes(minutes),
            Duration = TimeSpan.FromMinutes(Math.Max(0, minutes)),
            Customers = [.. CustomerPool.Where(_ => Chance(30)).Take(3)],
            StaffMemberIds = [.. StaffIds.Where(_ => Chance(40))],
            LastUpdatedUtc = Origin,
        };
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    internal enum LedgerAct
    {
        None,
        MarkInvoiced,
        Exclude,
        Reserve,
        ExcludeThenReinclude,
    }
}
