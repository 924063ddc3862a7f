using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

internal sealed class BookingBuilder
{
    private static int _next;

    private string _businessId = "salon@contoso.com";
    private string _appointmentId = $"appt-{Interlocked.Increment(ref _next):D4}";
    private string? _serviceId = "svc-haircut";
    private string _serviceName = "Haircut";
    private decimal _price = 40m;
    private BookingPriceType _priceType = BookingPriceType.FixedPrice;
    private DateTimeOffset _start = new(2026, 11, 20, 17, 0, 0, TimeSpan.Zero);
    private TimeSpan _length = TimeSpan.FromHours(1);
    private List<BookingCustomer> _customers = [new("cust-1", "Bob Contoso", "Bob@Contoso.com", null)];
    private string[] _staff = ["staff-anna"];
    private DateTimeOffset? _cancelled;

    public BookingBuilder Id(string appointmentId) { _appointmentId = appointmentId; return this; }

    public BookingBuilder Business(string businessId) { _businessId = businessId; return this; }

    public BookingBuilder Service(string name, string? id = null) { _serviceName = name; _serviceId = id; return this; }

    public BookingBuilder Fixed(decimal price) { _priceType = BookingPriceType.FixedPrice; _price = price; return this; }

    public BookingBuilder Hourly(decimal price) { _priceType = BookingPriceType.Hourly; _price = price; return this; }

    public BookingBuilder Priced(BookingPriceType type, decimal price = 50m) { _priceType = type; _price = price; return this; }

    public BookingBuilder StartingAt(DateTimeOffset start) { _start = start; return this; }

    public BookingBuilder Lasting(TimeSpan length) { _length = length; return this; }

    public BookingBuilder Customers(params BookingCustomer[] customers) { _customers = [.. customers]; return this; }

    public BookingBuilder Staff(params string[] staffIds) { _staff = staffIds; return this; }

    public BookingBuilder Cancelled() { _cancelled = _start; return this; }

    public static BookingCustomer Customer(string id, string name, string? email = null) => new(id, name, email, null);

    public Booking Build() => new()
    {
        BusinessId = _businessId,
        AppointmentId = _appointmentId,
        ServiceId = _serviceId,
        ServiceName = _serviceName,
        Price = _price,
        PriceType = _priceType,
        StartUtc = _start,
        EndUtc = _start + _length,
        Duration = _length,
        Customers = _customers,
        StaffMemberIds = _staff,
        CancelledUtc = _cancelled,
    };
}
