using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// Builds the sandbox salon's data. Each calendar day's appointments come from an RNG seeded by that day
/// (and <c>seed</c>), so a day looks the same whichever "today" it is generated from; only the window
/// (35 days back, 7 ahead) and the lastUpdated cap move with today.
/// </summary>
internal static class SandboxBookingsGenerator
{
    public const int DaysBack = 35;
    public const int DaysAhead = 7;
    private const string NoSelfService = "00000000-0000-0000-0000-000000000000";

    public static readonly Domain.BookingService[] Services =
    [
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0001", "Haircut", 45m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(45), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0002", "Colour consultation", 80m, BookingPriceType.Hourly, TimeSpan.FromMinutes(90), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0003", "Beard trim", 20m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(30), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0004", "Free consultation", 0m, BookingPriceType.Free, TimeSpan.FromMinutes(15), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0005", "Bridal styling", 0m, BookingPriceType.PriceVaries, TimeSpan.FromHours(2), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0006", "Deep conditioning", 35m, BookingPriceType.StartingAt, TimeSpan.FromMinutes(45), null),
        new("1f0e2a51-7c55-4d52-9a51-2c7a1b0c0007", "Blow-dry", 32.5m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(30), null),
    ];

    // Weighted picks for ordinary appointments (index into Services): haircuts dominate, as in a salon.
    private static readonly int[] ServiceWeights = [0, 0, 0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6];

    public static readonly StaffMember[] Staff =
    [
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0001", "Alex Wilber", "alexw@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0002", "Megan Bowen", "meganb@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0003", "Diego Siciliani", "diegos@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0004", "Lynne Robbins", "lynner@contoso.onmicrosoft.com"),
    ];

    private static readonly string[] FirstNames =
    [
        "Bob", "Jordan", "Isaiah", "Johanna", "Lee", "Lidia", "Miriam", "Nestor", "Patti", "Pradeep",
        "Grady", "Henrietta", "Irvin", "Joni", "Christie", "Enrico", "Allan", "Cameron", "Debra", "Emily",
        "Gerhart", "Raul", "Sanjay", "Zrinka", "Brian", "Kayo", "Ben", "Gabriela",
    ];

    private static readonly string[] LastNames =
    [
        "Kelly", "Miller", "Langer", "Lauber", "Gu", "Holloway", "Graham", "Wilke", "Fernandez", "Gupta",
        "Archie", "Ross", "Sanders", "Sherman", "Cline", "Cattaneo", "Deyoung", "White", "Berger", "Braun",
        "Moyer", "Gonzalez", "Shah", "Makovac", "Johnson", "Miwa", "Walters", "Silva",
    ];

    /// <summary>~30 customers; the first two share one email, as in the documented customers list.</summary>
    public static BookingsCustomerRecord[] Customers(int seed)
    {
        var rng = new Random(unchecked(seed * 7919 + 17));
        var customers = new List<BookingsCustomerRecord>
        {
            new(Guid(rng), "Adele Vance", "adelev@proseware.com", "206-555-0100"),
            new(Guid(rng), "Adele Vance", "adelev@proseware.com", "206-555-0200"),
        };
        for (int i = 0; i < FirstNames.Length; i++)
        {
            string first = FirstNames[i];
            string last = LastNames[i];
            customers.Add(new(Guid(rng), $"{first} {last}",
                $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@example.com",
                $"206-555-{1000 + rng.Next(9000)}"));
        }
        return [.. customers];
    }

    public const int ManyDaysBack = 30;

    /// <summary>Exactly <paramref name="count"/> appointments evenly over the 30 days before today; every other one hides its customer on lists.</summary>
    public static IEnumerable<(Booking Booking, bool HideCustomersOnLists)> Many(
        string businessId, DateOnly today, TimeZoneInfo zone, IReadOnlyList<BookingsCustomerRecord> customers, int count)
    {
        DateTimeOffset todayStartUtc = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), zone);
        DateTimeOffset first = todayStartUtc.AddDays(-ManyDaysBack);
        TimeSpan step = TimeSpan.FromTicks(TimeSpan.FromDays(ManyDaysBack).Ticks / Math.Max(1, count));
        for (int i = 0; i < count; i++)
        {
            Domain.BookingService service = Services[i % Services.Length];
            BookingsCustomerRecord customer = customers[i % customers.Count];
            DateTimeOffset start = first + step * i;
            yield return (new Booking
            {
                BusinessId = businessId,
                AppointmentId = "AAMkMany" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "=",
                ServiceId = service.Id,
                ServiceName = service.Name,
                Price = service.DefaultPrice,
                PriceType = service.DefaultPriceType,
                StartUtc = start,
                EndUtc = start + service.DefaultDuration,
                OriginalTimeZone = "UTC",
                Duration = service.DefaultDuration,
                Customers = [new BookingCustomer(customer.Id, customer.DisplayName, customer.Email, customer.Phone)],
                StaffMemberIds = [Staff[i % Staff.Length].Id],
                SelfServiceAppointmentId = NoSelfService,
                LastUpdatedUtc = first.AddDays(-1),
            }, i % 2 == 0);
        }
    }

    public static List<(Booking Booking, bool HideCustomersOnLists)> Appointments(
        string businessId, DateOnly today, TimeZoneInfo zone, IReadOnlyList<BookingsCustomerRecord> customers, int seed)
    {
        var result = new List<(Booking, bool)>();
        DateTimeOffset todayStartUtc = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), zone);
        for (DateOnly day = today.AddDays(-DaysBack); day <= today.AddDays(DaysAhead); day = day.AddDays(1))
        {
            result.AddRange(Day(businessId, day, zone, customers, seed, todayStartUtc));
        }
        return result;
    }

    private static IEnumerable<(Booking, bool)> Day(
        string businessId, DateOnly day, TimeZoneInfo zone, IReadOnlyList<BookingsCustomerRecord> customers, int seed, DateTimeOffset todayStartUtc)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            yield break;
        }
        var rng = new Random(unchecked(day.DayNumber * 31 + seed));
        bool saturday = day.DayOfWeek == DayOfWeek.Saturday;
        TimeOnly open = saturday ? new TimeOnly(10, 0) : new TimeOnly(9, 0);
        TimeOnly close = saturday ? new TimeOnly(16, 0) : new TimeOnly(18, 0);
        int count = saturday ? rng.Next(2, 4) : rng.Next(5, 9);
        var cursors = Staff.Select(_ => open.AddMinutes(15 * rng.Next(0, 5))).ToArray();
        for (int i = 0; i < count; i++)
        {
            // Wednesdays open with a group colour session; Fridays with a walk-in nobody was booked for.
            bool group = i == 0 && day.DayOfWeek == DayOfWeek.Wednesday;
            bool walkIn = i == 0 && day.DayOfWeek == DayOfWeek.Friday;
            Domain.BookingService service = group ? Services[1] : walkIn ? Services[3] : Services[ServiceWeights[rng.Next(ServiceWeights.Length)]];
            int staff = rng.Next(Staff.Length);
            TimeOnly start = cursors[staff].AddMinutes(15 * rng.Next(0, 4));
            if (start.Add(service.DefaultDuration) > close || start < cursors[staff])
            {
                // This stylist's day is full (or wrapped past midnight): give the slot to the least busy one.
                staff = Array.IndexOf(cursors, cursors.Min());
                start = cursors[staff];
                if (start.Add(service.DefaultDuration) > close)
                {
                    continue;
                }
            }
            cursors[staff] = start.Add(service.DefaultDuration).AddMinutes(15);
            DateTimeOffset startUtc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(start), zone);
            int attendees = group ? rng.Next(2, 4) : walkIn ? 0 : 1;
            IEnumerable<BookingsCustomerRecord> picked = group
                ? customers.Select(c => (Customer: c, Key: rng.Next())).OrderBy(p => p.Key).Select(p => p.Customer).Take(attendees).ToArray()
                : walkIn ? [] : [customers[rng.Next(customers.Count)]];
            BookingCustomer[] booked = picked.Select(c => new BookingCustomer(c.Id, c.DisplayName, c.Email, c.Phone)).ToArray();
            DateTimeOffset lastUpdated = startUtc.AddDays(-rng.Next(1, 15)).AddMinutes(-rng.Next(0, 600));
            if (lastUpdated > todayStartUtc)
            {
                lastUpdated = todayStartUtc.AddMinutes(-rng.Next(1, 600));
            }
            var booking = new Booking
            {
                BusinessId = businessId,
                AppointmentId = "AAMk" + Convert.ToBase64String(Bytes(rng, 11)),
                ServiceId = service.Id,
                ServiceName = service.Name,
                Price = service.DefaultPrice,
                PriceType = service.DefaultPriceType,
                StartUtc = startUtc,
                EndUtc = startUtc + service.DefaultDuration,
                OriginalTimeZone = "UTC",
                Duration = service.DefaultDuration,
                Customers = booked,
                StaffMemberIds = [Staff[staff].Id],
                SelfServiceAppointmentId = rng.Next(2) == 0 ? NoSelfService : Guid(rng),
                LastUpdatedUtc = new DateTimeOffset(lastUpdated.Ticks - lastUpdated.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero),
            };
            // Graph's list endpoints have been reported to return empty customers: reproduce it for about half.
            yield return (booking, rng.Next(2) == 0);
        }
    }

    private static byte[] Bytes(Random rng, int count)
    {
        byte[] bytes = new byte[count];
        rng.NextBytes(bytes);
        return bytes;
    }

    private static string Guid(Random rng) => new Guid(Bytes(rng, 16)).ToString();
}
