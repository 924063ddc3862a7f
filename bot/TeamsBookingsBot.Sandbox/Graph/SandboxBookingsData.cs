using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// A sandbox Bookings business (<see cref="SandboxBusinessProfile"/>); by default the first, "Contoso Hair &amp; Beauty": services of every price type, ~30 customers
/// (two share an email), four staff and ~200 appointments over the 35 days before and 7 days after "today".
/// Every weekday has several appointments; Wednesdays start with a group booking, Fridays with a walk-in without
/// a customer. Given an appointment count, the same business grows to that many appointments, with more staff and
/// customers (<see cref="SandboxScaledBusiness"/>). Deterministic for a date, count and seed. Tests mutate it with
/// <see cref="Remove"/>, <see cref="Update"/> and <see cref="Add"/> (Graph has no cancelled flag: a cancelled
/// appointment simply disappears). The second business, "Fabrikam Physio" (<see cref="SandboxBusinessProfile.Physio"/>),
/// is generated the same way from its own services, staff and customers, in its own zone and currency.
/// </summary>
public sealed class SandboxBookingsData
{
    /// <summary>The first business's mailbox (and name, currency, zone below); an instance's own are on <see cref="Profile"/>.</summary>
    public const string Mailbox = "contosohair@contoso.onmicrosoft.com";
    public const string BusinessName = "Contoso Hair & Beauty";
    public const string Currency = "USD";

    /// <summary>A Windows zone id on purpose: the bot must resolve it on Linux too.</summary>
    public const string TimeZoneId = "Pacific Standard Time";

    private readonly Lock gate = new();
    private readonly Dictionary<string, Booking> appointments = new(StringComparer.Ordinal);
    private readonly HashSet<string> hiddenOnLists = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private SandboxCalendarIndex? index;

    private SandboxBookingsData(SandboxBusinessProfile profile, DateOnly today, int seed, TimeProvider time, int? appointmentCount)
    {
        this.time = time;
        Profile = profile;
        Today = today;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZoneId);
        IEnumerable<(Booking, bool)> generated;
        if (appointmentCount is { } count)
        {
            (StaffMember[] staff, BookingsCustomerRecord[] customers, generated) = SandboxScaledBusiness.Generate(profile.Mailbox, today, Zone, count, seed);
            Staff = staff;
            Customers = customers;
        }
        else
        {
            Staff = profile.Staff;
            Customers = profile.Customers(seed);
            generated = SandboxBookingsGenerator.Appointments(profile, today, Zone, Customers, seed);
        }
        foreach ((Booking booking, bool hide) in generated)
        {
            appointments[booking.AppointmentId] = booking;
            if (hide)
            {
                hiddenOnLists.Add(booking.AppointmentId);
            }
        }
    }

    /// <summary>
    /// Generates the data for <paramref name="today"/> (a date in the business's zone): the salon, or with
    /// <paramref name="appointmentCount"/> a business with exactly that many appointments.
    /// </summary>
    public static SandboxBookingsData Generate(DateOnly today, int seed = 0, TimeProvider? time = null, int? appointmentCount = null) =>
        new(SandboxBusinessProfile.Salon, today, seed, time ?? TimeProvider.System, appointmentCount);

    /// <summary>Generates another business's ~200 appointments for <paramref name="today"/> (a date in its zone).</summary>
    public static SandboxBookingsData Generate(SandboxBusinessProfile profile, DateOnly today, int seed = 0, TimeProvider? time = null) =>
        new(profile, today, seed, time ?? TimeProvider.System, appointmentCount: null);

    /// <summary>Generates the data for the salon's current date by <paramref name="time"/>.</summary>
    public static SandboxBookingsData GenerateForNow(TimeProvider time, int seed = 0, int? appointmentCount = null) =>
        new(SandboxBusinessProfile.Salon, TodayIn(SandboxBusinessProfile.Salon, time), seed, time, appointmentCount);

    /// <summary>Generates another business's data for its current date by <paramref name="time"/>.</summary>
    public static SandboxBookingsData GenerateForNow(SandboxBusinessProfile profile, TimeProvider time, int seed = 0) =>
        new(profile, TodayIn(profile, time), seed, time, appointmentCount: null);

    private static DateOnly TodayIn(SandboxBusinessProfile profile, TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZoneId)).DateTime);

    /// <summary>The configuration entries (under <paramref name="prefix"/>, e.g. <c>Graph:Businesses:0</c>) that make the bot sync this business.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> BusinessSettings(string prefix) =>
    [
        new(prefix + ":Id", Mailbox),
        new(prefix + ":DisplayName", BusinessName),
        new(prefix + ":TimeZone", TimeZoneId),
        new(prefix + ":Currency", Currency),
    ];

    public SandboxBusinessProfile Profile { get; }

    public DateOnly Today { get; }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<Domain.BookingService> Services => Profile.Services;

    public IReadOnlyList<BookingsCustomerRecord> Customers { get; }

    public IReadOnlyList<StaffMember> Staff { get; }

    /// <summary>A snapshot, ordered by start (then id).</summary>
    public IReadOnlyList<Booking> Appointments => Calendar.All;

    /// <summary>The appointments as they are now, sorted once per change rather than once per read.</summary>
    internal SandboxCalendarIndex Calendar
    {
        get
        {
            lock (gate)
            {
                if (index is null)
                {
                    index = new SandboxCalendarIndex(appointments.Values);
                    CalendarSorts++;
                }
                return index;
            }
        }
    }

    /// <summary>How often the appointments were sorted into <see cref="Calendar"/>: once per change that a read follows.</summary>
    internal int CalendarSorts { get; private set; }

    public bool IsMailbox(string businessId) => string.Equals(businessId, Profile.Mailbox, StringComparison.OrdinalIgnoreCase);

    public Booking? Find(string appointmentId)
    {
        lock (gate)
        {
            return appointments.GetValueOrDefault(appointmentId);
        }
    }

    /// <summary>True when list responses (calendarView, appointments) send this appointment with empty customers.</summary>
    public bool HidesCustomersOnLists(string appointmentId)
    {
        lock (gate)
        {
            return hiddenOnLists.Contains(appointmentId);
        }
    }

    /// <summary>Deletes an appointment, as cancelling one in Bookings does.</summary>
    public bool Remove(string appointmentId)
    {
        lock (gate)
        {
            hiddenOnLists.Remove(appointmentId);
            index = null;
            return appointments.Remove(appointmentId);
        }
    }

    /// <summary>Changes an appointment; lastUpdatedDateTime becomes now unless the change sets it.</summary>
    public bool Update(string appointmentId, Func<Booking, Booking> change)
    {
        lock (gate)
        {
            if (!appointments.TryGetValue(appointmentId, out Booking? current))
            {
                return false;
            }
            Booking changed = change(current) with { AppointmentId = appointmentId, BusinessId = Profile.Mailbox };
            index = null;
            appointments[appointmentId] = changed.LastUpdatedUtc == current.LastUpdatedUtc
                ? changed with { LastUpdatedUtc = time.GetUtcNow() }
                : changed;
            return true;
        }
    }

    /// <summary>Adds (or replaces) an appointment.</summary>
    public void Add(Booking booking, bool hideCustomersOnLists = false)
    {
        lock (gate)
        {
            index = null;
            appointments[booking.AppointmentId] = booking with { BusinessId = Profile.Mailbox };
            if (hideCustomersOnLists)
            {
                hiddenOnLists.Add(booking.AppointmentId);
            }
            else
            {
                hiddenOnLists.Remove(booking.AppointmentId);
            }
        }
    }
}
