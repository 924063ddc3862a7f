using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

public sealed class SandboxBookingsDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 18);

    private static DateOnly LocalDate(SandboxBookingsData data, Booking b) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.StartUtc, data.Zone).DateTime);

    [Fact]
    public void Generate_SameDate_GivesIdenticalData()
    {
        SandboxBookingsData a = SandboxBookingsData.Generate(Today);
        SandboxBookingsData b = SandboxBookingsData.Generate(Today);

        Assert.Equal(
            a.Appointments.Select(x => (x.AppointmentId, x.StartUtc, x.ServiceId, x.LastUpdatedUtc, string.Join(",", x.Customers.Select(c => c.CustomerId)))),
            b.Appointments.Select(x => (x.AppointmentId, x.StartUtc, x.ServiceId, x.LastUpdatedUtc, string.Join(",", x.Customers.Select(c => c.CustomerId)))));
        Assert.Equal(a.Customers, b.Customers);
        Assert.Equal(
            a.Appointments.Select(x => a.HidesCustomersOnLists(x.AppointmentId)),
            b.Appointments.Select(x => b.HidesCustomersOnLists(x.AppointmentId)));
    }

    [Fact]
    public void Generate_NextDay_KeepsTheSameAppointmentsOnSharedDays()
    {
        SandboxBookingsData a = SandboxBookingsData.Generate(Today);
        SandboxBookingsData b = SandboxBookingsData.Generate(Today.AddDays(1));
        DateOnly yesterday = Today.AddDays(-1);

        Assert.Equal(
            a.Appointments.Where(x => LocalDate(a, x) == yesterday).Select(x => (x.AppointmentId, x.StartUtc)),
            b.Appointments.Where(x => LocalDate(b, x) == yesterday).Select(x => (x.AppointmentId, x.StartUtc)));
        Assert.NotEqual(a.Appointments.Select(x => x.AppointmentId), b.Appointments.Select(x => x.AppointmentId));
    }

    [Fact]
    public void Generate_PastFiveWeeks_EveryWeekdayHasSeveralAppointmentsInBusinessHours()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today);
        ILookup<DateOnly, Booking> byDay = data.Appointments.ToLookup(b => LocalDate(data, b));

        for (DateOnly day = Today.AddDays(-35); day <= Today.AddDays(7); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Assert.True(byDay[day].Count() >= 4, $"{day} has {byDay[day].Count()} appointments");
            }
        }
        Assert.DoesNotContain(byDay, g => g.Key.DayOfWeek == DayOfWeek.Sunday);
        Assert.InRange(data.Appointments.Count, 170, 260);
        Assert.All(data.Appointments, b =>
        {
            TimeOnly start = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.StartUtc, data.Zone).DateTime);
            TimeOnly end = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.EndUtc, data.Zone).DateTime);
            Assert.InRange(start, new TimeOnly(9, 0), new TimeOnly(18, 0));
            Assert.True(end <= new TimeOnly(18, 0) && end > start, $"{b.AppointmentId} ends {end}");
            Assert.True(b.LastUpdatedUtc < TimeZoneInfo.ConvertTimeToUtc(Today.ToDateTime(TimeOnly.MinValue), data.Zone));
        });
    }

    [Fact]
    public void Generate_CoversTheCasesInvoicingMustHandle()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today);
        Booking[] past = data.Appointments.Where(b => LocalDate(data, b) < Today).ToArray();

        Assert.Contains(past, b => b.Customers.Count is >= 2 and <= 3);
        Assert.Contains(past, b => b.Customers.Count == 0);
        Assert.Equal(
            [BookingPriceType.FixedPrice, BookingPriceType.StartingAt, BookingPriceType.Hourly, BookingPriceType.Free, BookingPriceType.PriceVaries],
            past.Select(b => b.PriceType).Distinct().Order());
        Assert.Contains(data.Customers.GroupBy(c => c.Email), g => g.Count() == 2);
        Assert.InRange(data.Customers.Count, 28, 35);
        Assert.InRange(data.Staff.Count, 3, 4);
        int hidden = data.Appointments.Count(b => data.HidesCustomersOnLists(b.AppointmentId));
        Assert.InRange(hidden, data.Appointments.Count / 4, data.Appointments.Count * 3 / 4);
    }

    [Fact]
    public void RemoveAndUpdate_ChangeWhatLaterReadsSee()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, time: time);
        Booking cancelled = data.Appointments[0];
        Booking moved = data.Appointments[1];

        Assert.True(data.Remove(cancelled.AppointmentId));
        Assert.True(data.Update(moved.AppointmentId, b => b with { StartUtc = b.StartUtc.AddHours(1), EndUtc = b.EndUtc.AddHours(1) }));

        Assert.Null(data.Find(cancelled.AppointmentId));
        Assert.DoesNotContain(data.Appointments, b => b.AppointmentId == cancelled.AppointmentId);
        Booking after = data.Find(moved.AppointmentId)!;
        Assert.Equal(moved.StartUtc.AddHours(1), after.StartUtc);
        Assert.Equal(time.GetUtcNow(), after.LastUpdatedUtc);
        Assert.False(data.Remove(cancelled.AppointmentId));
    }

    [Fact]
    public void Generate_AppointmentCount_GivesExactlyThatManyTheSameEachTime()
    {
        SandboxBookingsData a = SandboxBookingsData.Generate(Today, appointmentCount: 2_345);
        SandboxBookingsData b = SandboxBookingsData.Generate(Today, appointmentCount: 2_345);

        Assert.Equal(2_345, a.Appointments.Count);
        Assert.Equal(
            a.Appointments.Select(x => (x.AppointmentId, x.StartUtc, x.ServiceId, x.StaffMemberIds.Single(), string.Join(",", x.Customers.Select(c => c.CustomerId)))),
            b.Appointments.Select(x => (x.AppointmentId, x.StartUtc, x.ServiceId, x.StaffMemberIds.Single(), string.Join(",", x.Customers.Select(c => c.CustomerId)))));
        Assert.Equal(a.Appointments.Select(x => a.HidesCustomersOnLists(x.AppointmentId)), b.Appointments.Select(x => b.HidesCustomersOnLists(x.AppointmentId)));
        Assert.Equal(a.Customers, b.Customers);
        Assert.Equal(a.Staff, b.Staff);
        Assert.Equal(200, SandboxBookingsData.Generate(Today, appointmentCount: 200).Appointments.Count);
    }

    [Fact]
    public void Generate_TenThousandAppointments_IsABusyBusinessShapedLikeTheSalon()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, appointmentCount: 10_000);
        Booking[] all = [.. data.Appointments];
        Booking[] past = all.Where(b => LocalDate(data, b) < Today).ToArray();

        Assert.Equal(10_000, all.Select(b => b.AppointmentId).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(data.Staff.Count, 40, 100);
        Assert.InRange(data.Customers.Count, 1_000, 5_000);
        Assert.Single(data.Customers.GroupBy(c => c.Email, StringComparer.OrdinalIgnoreCase), g => g.Count() > 1);
        Assert.Subset(data.Staff.Select(s => s.Id).ToHashSet(), all.Select(b => b.StaffMemberIds.Single()).ToHashSet());
        Assert.Subset(data.Customers.Select(c => c.Id).ToHashSet(), all.SelectMany(b => b.Customers).Select(c => c.CustomerId!).ToHashSet());
        // Several a weekday for each stylist, who is never booked twice at once; nothing outside opening hours or on Sundays.
        var weekdays = all.Where(b => LocalDate(data, b).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .GroupBy(b => (Staff: b.StaffMemberIds.Single(), Day: LocalDate(data, b))).ToArray();
        Assert.InRange(weekdays.Average(g => g.Count()), 3.0, 8.0);
        Assert.All(all.GroupBy(b => b.StaffMemberIds.Single()), g => Assert.All(
            g.OrderBy(b => b.StartUtc).Zip(g.OrderBy(b => b.StartUtc).Skip(1)), pair => Assert.True(pair.First.EndUtc <= pair.Second.StartUtc)));
        Assert.DoesNotContain(all, b => LocalDate(data, b).DayOfWeek == DayOfWeek.Sunday);
        Assert.All(all, b => Assert.InRange(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.StartUtc, data.Zone).DateTime), new TimeOnly(9, 0), new TimeOnly(18, 0)));
        // The cases invoicing must handle, at scale: group bookings, walk-ins, every price type, customers missing from lists.
        Assert.True(past.Count(b => b.Customers.Count is >= 2 and <= 3 && LocalDate(data, b).DayOfWeek == DayOfWeek.Wednesday) >= 50);
        Assert.True(past.Count(b => b.Customers.Count == 0 && LocalDate(data, b).DayOfWeek == DayOfWeek.Friday) >= 50);
        Assert.Equal(
            [BookingPriceType.FixedPrice, BookingPriceType.StartingAt, BookingPriceType.Hourly, BookingPriceType.Free, BookingPriceType.PriceVaries],
            past.Select(b => b.PriceType).Distinct().Order());
        Assert.InRange(all.Count(b => data.HidesCustomersOnLists(b.AppointmentId)), 4_000, 6_000);
    }
}
