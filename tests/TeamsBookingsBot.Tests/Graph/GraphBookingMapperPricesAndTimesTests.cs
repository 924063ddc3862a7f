using Microsoft.Graph.Models;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Domain;
using BookingPriceType = Microsoft.Graph.Models.BookingPriceType;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Graph;

/// <summary>Issue 8, points 8 and 9, from where the data comes in: Graph's prices and local times.</summary>
public sealed class GraphBookingMapperPricesAndTimesTests
{
    [Fact]
    public void ToBooking_HourlyRateWithThreeDecimals_KeepsThemSoTheAmountIsRoundedOnce()
    {
        Domain.Booking booking = GraphBookingMapper.ToBooking(BusinessId, Appointment(
            "2026-11-23T17:00:00.0000000Z", "2026-11-23T18:30:00.0000000Z", "UTC", 45.555, BookingPriceType.Hourly));

        Assert.Equal(45.555m, booking.Price);
        Assert.Equal(68.33m, Assert.IsType<LinePrice.Known>(InvoiceLinePricing.For(booking)).Amount);
    }

    [Fact]
    public void ToBooking_LocalTimesAcrossTheSpringGap_EndBeforeStartNeedsAttentionNotMinusFifteenMinutes()
    {
        // 02:30 does not exist in Los Angeles on 8 Mar 2026 (02:00 -> 03:00): read at the standard offset it is 10:30Z,
        // while 03:15 is 10:15Z. The booking "ends" before it starts.
        Domain.Booking booking = GraphBookingMapper.ToBooking(BusinessId, Appointment(
            "2026-03-08T02:30:00.0000000", "2026-03-08T03:15:00.0000000", "Pacific Standard Time", 40, BookingPriceType.FixedPrice));
        Domain.Booking forAnn = booking with { Customers = [Ann] };

        PlanProblem problem = Assert.Single(Plan([forAnn]).Problems);
        UninvoicedBookingRow row = Assert.Single(ListingFor(forAnn).Rows);
        string card = Cards.CardJson.VisibleText(Cards.CardJson.Of(UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(
            Salon, ListingFor(forAnn), Range(forAnn), BookingFilter.None, forAnn.StartUtc.AddDays(1), null, Guid.NewGuid()))));

        Assert.True(booking.EndUtc < booking.StartUtc);
        Assert.Equal(PlanProblemKind.InvalidDuration, problem.Kind);
        Assert.True(row.Has(BookingRowWarnings.InvalidTimes));
        Assert.Null(row.Amount);
        Assert.DoesNotContain("-15 min", card, StringComparison.Ordinal);
        Assert.Contains("ends before it starts", card, StringComparison.Ordinal);
        Assert.Contains("To invoice: nothing priced yet", card, StringComparison.Ordinal);
    }

    private static UninvoicedBookingsResult ListingFor(Domain.Booking booking) =>
        new UninvoicedBookingsQuery(CompletionPolicy.Default).Run([booking], Application.Ports.LedgerState.Empty, new BookingsDirectory([Salon]),
            new UninvoicedBookingsCriteria { Range = Range(booking) }, booking.StartUtc.AddDays(1));

    private static DateRange Range(Domain.Booking booking) => new(booking.StartUtc.AddHours(-12), booking.StartUtc.AddHours(12), "8 Mar");

    private static BookingAppointment Appointment(string start, string end, string zone, double price, BookingPriceType priceType) => new()
    {
        Id = "appt-gap",
        ServiceId = "svc-haircut",
        ServiceName = "Haircut",
        Price = price,
        PriceType = priceType,
        StartDateTime = new DateTimeTimeZone { DateTime = start, TimeZone = zone },
        EndDateTime = new DateTimeTimeZone { DateTime = end, TimeZone = zone },
    };
}
