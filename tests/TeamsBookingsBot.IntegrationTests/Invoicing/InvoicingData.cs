using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>A salon whose customers and services match the BC sandbox's default seed.</summary>
internal static class InvoicingData
{
    public const string BusinessId = "salon@contoso.com";

    public static readonly BookingsBusiness Salon = new(BusinessId, "Contoso Salon", "UTC", "USD");

    public static readonly InvoicingActor Alice = new("aad-alice", "Alice", "conv-1", "tenant-1");

    public static readonly BookingCustomer Robert = new("c-robert", "Robert Townes", "Robert.Townes@contoso.com", null); // BC 10000
    public static readonly BookingCustomer Helen = new("c-helen", "Helen Ray", "helen.ray@contoso.com", null); // BC 20000
    public static readonly BookingCustomer Seamus = new("c-seamus", "Seamus O'Brien", "seamus.o'brien+bookings@contoso.com", null); // BC 30000
    public static readonly BookingCustomer Coho = new("c-coho", "Coho Winery", "accounts@cohowinery.com", null); // BC 50000 and 60000
    public static readonly BookingCustomer Nobody = new("c-nobody", "Nina Nobody", "nina@example.com", "+1 555 0100"); // not in BC

    private static readonly DateTimeOffset FirstStart = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A fixed-price haircut (BC item SVC-HAIRCUT by exact name); each number starts an hour later, so line descriptions differ.</summary>
    public static Booking Haircut(int number, params BookingCustomer[] customers) =>
        Booking(number, "svc-haircut", "Haircut", 45m, BookingPriceType.FixedPrice, customers);

    public static Booking Booking(int number, string serviceId, string serviceName, decimal price, BookingPriceType priceType, params BookingCustomer[] customers) => new()
    {
        BusinessId = BusinessId,
        AppointmentId = $"appt-{number:000}",
        ServiceId = serviceId,
        ServiceName = serviceName,
        Price = price,
        PriceType = priceType,
        StartUtc = FirstStart.AddHours(number),
        EndUtc = FirstStart.AddHours(number + 1),
        Duration = TimeSpan.FromHours(1),
        Customers = customers.Length == 0 ? [Robert] : customers,
    };

    public static InvoiceSelection Select(params Booking[] bookings) =>
        new(BusinessId, [.. bookings.Select(b => b.AppointmentId)], InvoicePlanAdjustments.None);
}
