using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// Builds the sandbox's appointments, one team's day at a time. Each day comes from an RNG seeded by that day (and
/// <c>seed</c>, and the team in a bigger business), so a day looks the same whichever "today" it is generated from;
/// only the window (35 days back, 7 ahead) and the lastUpdated cap move with today.
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

    // Weighted picks for ordinary appointments (index into a business's seven services): the first dominates, as haircuts do in a salon.
    private static readonly int[] ServiceWeights = [0, 0, 0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6];

    /// <summary>A business's ~200 appointments: its four staff members' days over the window around <paramref name="today"/>.</summary>
    public static List<(Booking Booking, bool HideCustomersOnLists)> Appointments(
        SandboxBusinessProfile business, DateOnly today, TimeZoneInfo zone, IReadOnlyList<BookingsCustomerRecord> customers, int seed)
    {
        var result = new List<(Booking, bool)>();
        DateTimeOffset todayStartUtc = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), zone);
        foreach (DateOnly day in Window(today))
        {
            result.AddRange(Day(business.Mailbox, day, zone, business.Services, customers, business.Staff, SandboxDayLoad.Salon,
                unchecked(day.DayNumber * 31 + seed + business.SeedOffset), todayStartUtc));
        }
        return result;
    }

    /// <summary>Every day from <see cref="DaysBack"/> days before <paramref name="today"/> to <see cref="DaysAhead"/> after.</summary>
    public static IEnumerable<DateOnly> Window(DateOnly today)
    {
        for (DateOnly day = today.AddDays(-DaysBack); day <= today.AddDays(DaysAhead); day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>
    /// One team's day: <paramref name="load"/> decides how many appointments, <paramref name="rngSeed"/> everything else,
    /// so the same day, team and seed always give the same appointments.
    /// </summary>
    public static IEnumerable<(Booking Booking, bool HideCustomersOnLists)> Day(
        string businessId, DateOnly day, TimeZoneInfo zone, IReadOnlyList<Domain.BookingService> services,
        IReadOnlyList<BookingsCustomerRecord> customers, IReadOnlyList<StaffMember> team, SandboxDayLoad load, int rngSeed, DateTimeOffset todayStartUtc)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            yield break;
        }
        var rng = new Random(rngSeed);
        bool saturday = day.DayOfWeek == DayOfWeek.Saturday;
        TimeOnly open = saturday ? new TimeOnly(10, 0) : new TimeOnly(9, 0);
        TimeOnly close = saturday ? new TimeOnly(16, 0) : new TimeOnly(18, 0);
        int count = saturday ? rng.Next(load.SaturdayMin, load.SaturdayMax) : rng.Next(load.WeekdayMin, load.WeekdayMax);
        var cursors = team.Select(_ => open.AddMinutes(15 * rng.Next(0, 5))).ToArray();
        for (int i = 0; i < count; i++)
        {
            // Wednesdays open with a group colour session; Fridays with a walk-in nobody was booked for.
            bool group = i == 0 && day.DayOfWeek == DayOfWeek.Wednesday;
            bool walkIn = i == 0 && day.DayOfWeek == DayOfWeek.Friday;
            Domain.BookingService service = group ? services[1] : walkIn ? services[3] : services[ServiceWeights[rng.Next(ServiceWeights.Length)]];
            int staff = rng.Next(team.Count);
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
                StaffMemberIds = [team[staff].Id],
                SelfServiceAppointmentId = rng.Next(2) == 0 ? NoSelfService : SandboxPeople.RandomGuid(rng),
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
}
