using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>A Pacific-time salon on Tuesday 24 Nov 2026, 09:00 local; "yesterday" is Monday 23 Nov.</summary>
public static class ListingTestData
{
    public static readonly BookingsBusiness Contoso = new("salon@contoso.com", "Contoso Salon", "America/Los_Angeles", "USD");

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset LastSync = new(2026, 11, 24, 16, 15, 0, TimeSpan.Zero);

    public static readonly DateRange Yesterday = new(
        new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), "yesterday");

    /// <summary>09:30 Pacific on Monday 23 Nov, plus <paramref name="minutes"/>.</summary>
    public static DateTimeOffset MondayAt930(int minutes = 0) => new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero).AddMinutes(minutes);

    public static Booking Booking(
        string id,
        string customerName = "Bob Contoso",
        string? email = "bob@contoso.com",
        string service = "Haircut",
        decimal price = 40m,
        BookingPriceType priceType = BookingPriceType.FixedPrice,
        int minutesAfter = 0,
        string businessId = "salon@contoso.com",
        BookingCustomer[]? customers = null,
        bool cancelled = false)
    {
        DateTimeOffset start = MondayAt930(minutesAfter);
        return new Booking
        {
            BusinessId = businessId,
            AppointmentId = id,
            ServiceId = "svc-" + service.Length,
            ServiceName = service,
            Price = price,
            PriceType = priceType,
            StartUtc = start,
            EndUtc = start.AddMinutes(45),
            Duration = TimeSpan.FromMinutes(45),
            Customers = customers ?? [new BookingCustomer("cust-" + customerName.ToLowerInvariant().Replace(' ', '-'), customerName, email, null)],
            StaffMemberIds = ["staff-anna"],
            CancelledUtc = cancelled ? start.AddDays(-1) : null,
        };
    }

    public static UninvoicedBookingsResult Run(IReadOnlyList<Booking> bookings, int pageIndex = 0, int pageSize = 25, LedgerState? ledger = null, BookingsDirectory? directory = null, bool includeCancelled = false, ListPosition? position = null) =>
        new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(
            bookings,
            ledger ?? LedgerState.Empty,
            directory ?? new BookingsDirectory([Contoso]),
            new UninvoicedBookingsCriteria { Range = Yesterday, PageIndex = pageIndex, PageSize = pageSize, IncludeCancelled = includeCancelled, Position = position },
            Now);
}
