using System.Globalization;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>What an update changed, in the terms invoicing cares about.</summary>
public static class AppointmentDiff
{
    /// <summary>
    /// Times compare to the microsecond: PostgreSQL keeps microseconds while Graph sends 100 ns ticks, and a
    /// finer comparison would see every stored appointment as changed on every sync.
    /// </summary>
    public static bool SameInstant(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null ? a is null && b is null : a.Value.UtcTicks / 10 == b.Value.UtcTicks / 10;

    public static AppointmentChange Updated(Booking before, Booking after, DateTimeOffset nowUtc)
    {
        var fields = AppointmentChangedFields.None;
        var parts = new List<string>();
        if (!SameInstant(before.StartUtc, after.StartUtc))
        {
            fields |= AppointmentChangedFields.Start;
            parts.Add($"start {Time(before.StartUtc)} -> {Time(after.StartUtc)}");
        }
        if (!SameInstant(before.EndUtc, after.EndUtc))
        {
            fields |= AppointmentChangedFields.End;
            parts.Add($"end {Time(before.EndUtc)} -> {Time(after.EndUtc)}");
        }
        if (before.Price != after.Price || before.PriceType != after.PriceType)
        {
            fields |= AppointmentChangedFields.Price;
            parts.Add($"price {Price(before)} -> {Price(after)}");
        }
        if (before.ServiceId != after.ServiceId || before.ServiceName != after.ServiceName)
        {
            fields |= AppointmentChangedFields.Service;
            parts.Add($"service {before.ServiceId ?? "-"} -> {after.ServiceId ?? "-"}");
        }
        if (!before.Customers.SequenceEqual(after.Customers))
        {
            fields |= AppointmentChangedFields.Customers;
            parts.Add($"customers changed ({before.Customers.Count} -> {after.Customers.Count})");
        }
        if (!before.StaffMemberIds.Order(StringComparer.Ordinal).SequenceEqual(after.StaffMemberIds.Order(StringComparer.Ordinal)))
        {
            fields |= AppointmentChangedFields.Staff;
            parts.Add("staff changed");
        }
        if (before.IsCancelled)
        {
            parts.Add("back after being marked cancelled");
        }
        string description = parts.Count == 0
            ? "updated in Bookings; nothing the bot invoices changed"
            : string.Join("; ", parts);
        return new AppointmentChange(after.BusinessId, after.AppointmentId, nowUtc, AppointmentChangeKind.Updated,
            before.LastUpdatedUtc, after.LastUpdatedUtc, fields, description);
    }

    public static AppointmentChange Cancelled(string businessId, StoredAppointmentState state, DateTimeOffset nowUtc) =>
        new(businessId, state.AppointmentId, nowUtc, AppointmentChangeKind.Cancelled, state.LastUpdatedUtc, null,
            AppointmentChangedFields.None, $"no longer in Bookings before its end {Time(state.EndUtc)}: taken as cancelled");

    public static AppointmentChange Restored(string businessId, StoredAppointmentState state, DateTimeOffset nowUtc) =>
        new(businessId, state.AppointmentId, nowUtc, AppointmentChangeKind.Restored, state.LastUpdatedUtc, state.LastUpdatedUtc,
            AppointmentChangedFields.None, "back in Bookings after being marked cancelled");

    private static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Price(Booking b) =>
        string.Create(CultureInfo.InvariantCulture, $"{b.Price:0.00} {b.PriceType}");
}
