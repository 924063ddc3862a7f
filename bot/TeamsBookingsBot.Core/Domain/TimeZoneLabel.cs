using System.Globalization;

namespace TeamsBookingsBot.Domain;

/// <summary>
/// Human labels for the zone a card shows times in ("Pacific Time", "PDT"). .NET's own display names
/// depend on the OS and ICU data, so common zones get fixed labels; any other zone shows its UTC offset.
/// </summary>
public static class TimeZoneLabel
{
    private const string CardFormat = "ddd d MMM, HH:mm";

    private sealed record Names(string Long, string Standard, string Daylight);

    private static readonly Names Pacific = new("Pacific Time", "PST", "PDT");
    private static readonly Names Mountain = new("Mountain Time", "MST", "MDT");
    private static readonly Names Central = new("Central Time", "CST", "CDT");
    private static readonly Names Eastern = new("Eastern Time", "EST", "EDT");
    private static readonly Names CentralEurope = new("Central European Time", "CET", "CEST");
    private static readonly Names EasternEurope = new("Eastern European Time", "EET", "EEST");
    private static readonly Names AustraliaEast = new("Australian Eastern Time", "AEST", "AEDT");

    private static readonly Dictionary<string, Names> ByIanaId = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Etc/UTC"] = new("UTC", "UTC", "UTC"),
        ["America/Los_Angeles"] = Pacific, ["America/Vancouver"] = Pacific, ["America/Tijuana"] = Pacific,
        ["America/Denver"] = Mountain, ["America/Edmonton"] = Mountain, ["America/Boise"] = Mountain,
        ["America/Phoenix"] = new("Arizona Time", "MST", "MST"),
        ["America/Chicago"] = Central, ["America/Winnipeg"] = Central,
        ["America/New_York"] = Eastern, ["America/Toronto"] = Eastern, ["America/Detroit"] = Eastern,
        ["America/Indiana/Indianapolis"] = Eastern,
        ["America/Halifax"] = new("Atlantic Time", "AST", "ADT"),
        ["America/St_Johns"] = new("Newfoundland Time", "NST", "NDT"),
        ["America/Anchorage"] = new("Alaska Time", "AKST", "AKDT"),
        ["Pacific/Honolulu"] = new("Hawaii Time", "HST", "HST"),
        ["Europe/London"] = new("UK Time", "GMT", "BST"),
        ["Europe/Dublin"] = new("Irish Time", "GMT", "IST"),
        ["Europe/Lisbon"] = new("Western European Time", "WET", "WEST"),
        ["Europe/Berlin"] = CentralEurope, ["Europe/Paris"] = CentralEurope, ["Europe/Amsterdam"] = CentralEurope,
        ["Europe/Brussels"] = CentralEurope, ["Europe/Madrid"] = CentralEurope, ["Europe/Rome"] = CentralEurope,
        ["Europe/Vienna"] = CentralEurope, ["Europe/Zurich"] = CentralEurope, ["Europe/Stockholm"] = CentralEurope,
        ["Europe/Oslo"] = CentralEurope, ["Europe/Copenhagen"] = CentralEurope, ["Europe/Warsaw"] = CentralEurope,
        ["Europe/Prague"] = CentralEurope, ["Europe/Budapest"] = CentralEurope, ["Europe/Belgrade"] = CentralEurope,
        ["Europe/Luxembourg"] = CentralEurope,
        ["Europe/Athens"] = EasternEurope, ["Europe/Helsinki"] = EasternEurope, ["Europe/Kyiv"] = EasternEurope,
        ["Europe/Kiev"] = EasternEurope, ["Europe/Bucharest"] = EasternEurope, ["Europe/Sofia"] = EasternEurope,
        ["Asia/Kolkata"] = new("India Time", "IST", "IST"),
        ["Asia/Dubai"] = new("Gulf Time", "GST", "GST"),
        ["Asia/Singapore"] = new("Singapore Time", "SGT", "SGT"),
        ["Asia/Tokyo"] = new("Japan Time", "JST", "JST"),
        ["Australia/Sydney"] = AustraliaEast, ["Australia/Melbourne"] = AustraliaEast,
        ["Australia/Brisbane"] = new("Australian Eastern Time", "AEST", "AEST"),
        ["Australia/Adelaide"] = new("Australian Central Time", "ACST", "ACDT"),
        ["Australia/Perth"] = new("Australian Western Time", "AWST", "AWST"),
        ["Pacific/Auckland"] = new("New Zealand Time", "NZST", "NZDT"),
        ["Africa/Johannesburg"] = new("South Africa Time", "SAST", "SAST"),
    };

    /// <summary>
    /// "Pacific Time"; for another zone without DST its offset, e.g. "UTC+05:45"; for one with DST its IANA name
    /// ("America/Santiago time"), because one offset would be wrong for half the year on a card that covers both.
    /// </summary>
    public static string Long(TimeZoneInfo zone, DateTimeOffset instant)
    {
        if (Lookup(zone) is { } names)
        {
            return names.Long;
        }
        TimeSpan offset = zone.GetUtcOffset(instant);
        bool changesOffset = zone.GetUtcOffset(instant.AddMonths(6)) != offset;
        return changesOffset ? TimeZoneResolver.IanaIdOf(zone) + " time" : Offset(offset);
    }

    /// <summary>"PST" or "PDT" depending on <paramref name="instant"/>; otherwise the offset, e.g. "UTC+05:45".</summary>
    public static string Short(TimeZoneInfo zone, DateTimeOffset instant)
    {
        Names? names = Lookup(zone);
        if (names is null)
        {
            return Offset(zone.GetUtcOffset(instant));
        }
        return zone.IsDaylightSavingTime(instant) ? names.Daylight : names.Standard;
    }

    /// <summary>"UTC" for zero, else "UTC+05:30" / "UTC−08:00" (with a true minus sign, as typeset).</summary>
    public static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }
        char sign = offset < TimeSpan.Zero ? '\u2212' : '+';
        TimeSpan magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }

    /// <summary>A start time for a card in the shown zone: "Tue 24 Nov, 09:30 (Pacific Time)".</summary>
    public static string ForCard(DateTimeOffset instant, TimeZoneInfo zone) => $"{Local(instant, zone, CardFormat)} ({Long(zone, instant)})";

    /// <summary>
    /// A time on a card whose header names the zone: "Tue 24 Nov, 09:30", or "Sun 1 Nov, 01:30 PDT" in the hour the
    /// clocks go back (see <see cref="Local"/>).
    /// </summary>
    public static string OnCard(DateTimeOffset instant, TimeZoneInfo zone) => Local(instant, zone, CardFormat);

    /// <summary>
    /// <paramref name="instant"/> as wall-clock time in <paramref name="zone"/>, written with <paramref name="format"/>
    /// (which ends in "HH:mm"). A wall time that happens twice (the hour the clocks go back) gets the short label of its
    /// offset, "01:30 PDT" / "01:30 PST", and a time off the minute gets its seconds: two different instants never
    /// read the same, while ordinary times stay short.
    /// </summary>
    public static string Local(DateTimeOffset instant, TimeZoneInfo zone, string format)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(instant, zone);
        if (local.Second != 0 || local.Millisecond != 0)
        {
            format = format.Replace("HH:mm", "HH:mm:ss", StringComparison.Ordinal);
        }
        string text = local.ToString(format, CultureInfo.InvariantCulture);
        return zone.IsAmbiguousTime(local.DateTime) ? text + " " + AmbiguousLabel(zone, instant) : text;
    }

    // Names only when they tell the two offsets apart ("PDT"/"PST"); otherwise the offsets do.
    private static string AmbiguousLabel(TimeZoneInfo zone, DateTimeOffset instant) =>
        Lookup(zone) is { } names && names.Daylight != names.Standard
            ? Short(zone, instant)
            : Offset(zone.GetUtcOffset(instant));

    private static Names? Lookup(TimeZoneInfo zone) =>
        ByIanaId.TryGetValue(TimeZoneResolver.IanaIdOf(zone), out Names? names) ? names : null;
}
