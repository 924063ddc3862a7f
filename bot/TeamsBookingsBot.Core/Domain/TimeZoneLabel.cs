using System.Globalization;

namespace TeamsBookingsBot.Domain;

/// <summary>
/// Human labels for the zone a card shows times in ("Pacific Time", "PDT"). .NET's own display names
/// depend on the OS and ICU data, so common zones get fixed labels; any other zone shows its UTC offset.
/// </summary>
public static class TimeZoneLabel
{
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

    /// <summary>"Pacific Time"; otherwise the offset at <paramref name="instant"/>, e.g. "UTC−08:00".</summary>
    public static string Long(TimeZoneInfo zone, DateTimeOffset instant) =>
        Lookup(zone)?.Long ?? Offset(zone.GetUtcOffset(instant));

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
    public static string ForCard(DateTimeOffset instant, TimeZoneInfo zone)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(instant, zone);
        string when = local.ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);
        return $"{when} ({Long(zone, instant)})";
    }

    private static Names? Lookup(TimeZoneInfo zone) =>
        ByIanaId.TryGetValue(TimeZoneResolver.IanaIdOf(zone), out Names? names) ? names : null;
}
