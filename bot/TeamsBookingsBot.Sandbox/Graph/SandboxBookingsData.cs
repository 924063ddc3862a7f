using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// The sandbox's one Bookings business, "Contoso Hair &amp; Beauty": services of every price type, ~30 customers
/// (two share an email), four staff and ~200 appointments over the 35 days before and 7 days after "today".
/// Every weekday has several appointments; Wednesdays start with a group booking, Fridays with a walk-in without
/// a customer. Given an appointment count, the same business grows to that many appointments, with more staff and
/// customers (<see cref="SandboxScaledBusiness"/>). Deterministic for a date, count and seed. Tests mutate it with
/// <see cref="Remove"/>, <see cref="Update"/> and <see cref="Add"/> (Graph has no cancelled flag: a cancelled
/// appointment simply disappears).
/// </summary>
public sealed class SandboxBookingsData
{
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

    private SandboxBookingsData(DateOnly today, int seed, TimeProvider time, int? appointmentCount)
    {
        this.time = time;
        Today = today;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        IEnumerable<(Booking, bool)> generated;
        if (appointmentCount is { } count)
        {
            (StaffMember[] staff, BookingsCustomerRecord[] customers, generated) = SandboxScaledBusiness.Generate(Mailbox, today, Zone, count, seed);
            Staff = staff;
            Customers = customers;
        }
        else
        {
            Staff = SandboxPeople.SalonStaff;
            Customers = SandboxPeople.Customers(seed);
            generated = SandboxBookingsGenerator.Appointments(Mailbox, today, Zone, Customers, seed);
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
        new(today, seed, time ?? TimeProvider.System, appointmentCount);

    /// <summary>Generates the data for the business's current date by <paramref name="time"/>.</summary>
    public static SandboxBookingsData GenerateForNow(TimeProvider time, int seed = 0, int? appointmentCount = null)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        return new(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime), seed, time, appointmentCount);
    }

    /// <summary>The configuration entries (under <paramref name="prefix"/>, e.g. <c>Graph:Businesses:0</c>) that make the bot sync this business.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> BusinessSettings(string prefix) =>
    [
        new(prefix + ":Id", Mailbox),
        new(prefix + ":DisplayName", BusinessName),
        new(prefix + ":TimeZone", TimeZoneId),
        new(prefix + ":Currency", Currency),
    ];

    public DateOnly Today { get; }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<Domain.BookingService> Services => SandboxBookingsGenerator.Services;

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

    public bool IsMailbox(string businessId) => string.Equals(businessId, Mailbox, StringComparison.OrdinalIgnoreCase);

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
            Booking changed = change(current) with { AppointmentId = appointmentId, BusinessId = Mailbox };
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
            appointments[booking.AppointmentId] = booking with { BusinessId = Mailbox };
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
