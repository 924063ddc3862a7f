using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// A Bookings business of any size (<c>Sandbox:AppointmentCount</c>): teams of four staff, each team's days shaped
/// like the salon's (several appointments per stylist every weekday within opening hours, fewer on Saturdays, none on
/// Sundays, a group colour session on Wednesdays, a walk-in without a customer on Fridays, every price type, about half
/// listed without customers) with a clientele of its own, and exactly the asked number of appointments: a few more are
/// generated, and single-customer ones are left out until the count is right. Deterministic for the date, count and seed.
/// </summary>
internal static class SandboxScaledBusiness
{
    /// <summary>About what one busy team's <see cref="SandboxDayLoad.Busy"/> days add up to over the window.</summary>
    private const int AppointmentsPerTeam = 560;

    private const int TeamSize = 4;

    // Bookings businesses keep regulars: about one customer for every five appointments of the window.
    private const int AppointmentsPerCustomer = 5;

    public static (StaffMember[] Staff, BookingsCustomerRecord[] Customers, List<(Booking Booking, bool HideCustomersOnLists)> Appointments) Generate(
        string businessId, DateOnly today, TimeZoneInfo zone, int appointmentCount, int seed)
    {
        int teams = Math.Max(1, (appointmentCount + AppointmentsPerTeam - 1) / AppointmentsPerTeam);
        // A little above the count, so that trimming (not luck) makes it exact.
        SandboxDayLoad load = SandboxDayLoad.Busy.Scaled(1.15 * appointmentCount / (teams * (double)AppointmentsPerTeam));
        BookingsCustomerRecord[] customers = SandboxPeople.Customers(seed, Math.Max(SandboxPeople.SalonCustomerCount, appointmentCount / AppointmentsPerCustomer));
        DateTimeOffset todayStartUtc = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), zone);
        var staff = new List<StaffMember>();
        var appointments = new List<(Booking, bool)>();
        for (int team = 0; team < teams || appointments.Count < appointmentCount; team++)
        {
            StaffMember[] members = [.. Enumerable.Range(team * TeamSize, TeamSize).Select(SandboxPeople.StaffAt)];
            staff.AddRange(members);
            IReadOnlyList<BookingsCustomerRecord> clientele = Clientele(customers, team, Math.Max(teams, team + 1));
            foreach (DateOnly day in SandboxBookingsGenerator.Window(today))
            {
                int rngSeed = unchecked((day.DayNumber * 31) + seed + ((team + 1) * 1_000_003));
                appointments.AddRange(SandboxBookingsGenerator.Day(businessId, day, zone, SandboxBookingsGenerator.Services, clientele, members, load, rngSeed, todayStartUtc));
            }
        }
        return ([.. staff], customers, Trim(appointments, appointmentCount));
    }

    /// <summary>Team <paramref name="team"/>'s share of the customers (all of them for a single team).</summary>
    private static ArraySegment<BookingsCustomerRecord> Clientele(BookingsCustomerRecord[] customers, int team, int teams)
    {
        int size = Math.Max(SandboxPeople.SalonCustomerCount, customers.Length / teams);
        int start = Math.Min(team * size, customers.Length - size);
        return new ArraySegment<BookingsCustomerRecord>(customers, Math.Max(0, start), Math.Min(size, customers.Length));
    }

    /// <summary>Leaves out the excess among single-customer appointments (in id order: random, but fixed), so group bookings and walk-ins stay.</summary>
    private static List<(Booking, bool)> Trim(List<(Booking Booking, bool Hide)> appointments, int count)
    {
        int excess = appointments.Count - count;
        if (excess <= 0)
        {
            return appointments;
        }
        HashSet<string> left = appointments
            .Where(a => a.Booking.Customers.Count == 1)
            .Select(a => a.Booking.AppointmentId)
            .Order(StringComparer.Ordinal)
            .Take(excess)
            .ToHashSet(StringComparer.Ordinal);
        return appointments.Where(a => !left.Contains(a.Booking.AppointmentId)).Take(count).ToList();
    }
}
