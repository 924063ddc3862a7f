namespace TeamsBookingsBot.Domain;

/// <summary>
/// Resolves IANA ("America/Los_Angeles") and Windows ("Pacific Standard Time") ids on any OS.
/// Graph Bookings sends Windows ids, Teams sends IANA ids, configuration may hold either.
/// </summary>
public static class TimeZoneResolver
{
    // Outlook-style ids show up in Graph payloads that came from Exchange.
    private const string OutlookUtcId = "tzone://Microsoft/Utc";

    // Ids longer than this are not zone ids; refusing them keeps odd input away from the zoneinfo lookup.
    private const int MaxIdLength = 64;

    public static TimeZoneResolution Resolve(string? id)
    {
        string trimmed = id?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxIdLength || !HasZoneIdCharactersOnly(trimmed))
        {
            return new TimeZoneResolution.Unknown(trimmed);
        }
        if (trimmed.Equals(OutlookUtcId, StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("Coordinated Universal Time", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeZoneResolution.Resolved(TimeZoneInfo.Utc, "Etc/UTC");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out TimeZoneInfo? zone))
        {
            return new TimeZoneResolution.Unknown(trimmed);
        }
        return new TimeZoneResolution.Resolved(zone, IanaIdOf(zone));
    }

    /// <summary>The first id that resolves wins (e.g. the Teams user's zone, then the business's); UTC last.</summary>
    public static TimeZoneInfo ResolveFirst(params string?[] ids)
    {
        foreach (string? id in ids)
        {
            if (Resolve(id) is TimeZoneResolution.Resolved resolved)
            {
                return resolved.Zone;
            }
        }
        return TimeZoneInfo.Utc;
    }

    public static string IanaIdOf(TimeZoneInfo zone)
    {
        if (zone == TimeZoneInfo.Utc || zone.Id.Equals("UTC", StringComparison.OrdinalIgnoreCase))
        {
            return "Etc/UTC";
        }
        if (zone.HasIanaId)
        {
            return zone.Id;
        }
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out string? iana) ? iana : zone.Id;
    }

    private static bool HasZoneIdCharactersOnly(string id)
    {
        if (id.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (char c in id)
        {
            bool allowed = char.IsAsciiLetterOrDigit(c) || c is ' ' or '/' or '_' or '-' or '+' or '.' or '(' or ')' or ':';
            if (!allowed)
            {
                return false;
            }
        }
        return true;
    }
}
