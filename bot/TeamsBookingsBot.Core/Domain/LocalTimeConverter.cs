namespace TeamsBookingsBot.Domain;

/// <summary>Wall-clock time in a zone to UTC without the exceptions TimeZoneInfo throws around DST changes.</summary>
public static class LocalTimeConverter
{
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        DateTime unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // A wall time inside the spring-forward gap does not exist; like calendar apps, read it with the
            // offset in force just before the gap, which lands it the gap's length later on the clock.
            TimeSpan before = zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(unspecified - before, TimeSpan.Zero);
        }
        if (zone.IsAmbiguousTime(unspecified))
        {
            // A fall-back wall time happens twice; take the first occurrence (the larger offset), as Outlook does.
            TimeSpan first = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return new DateTimeOffset(unspecified - first, TimeSpan.Zero);
        }
        return new DateTimeOffset(unspecified - zone.GetUtcOffset(unspecified), TimeSpan.Zero);
    }

    public static DateTimeOffset StartOfDayUtc(DateOnly day, TimeZoneInfo zone) =>
        ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
