using System.Globalization;

namespace TeamsBookingsBot.Domain;

/// <summary>Case- and accent-insensitive matching, so "jose" finds "José" and "ANNA" finds "Anna".</summary>
internal static class TextMatch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreWidth;

    public static bool Contains(string? text, string part) =>
        text is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part.Trim(), Loose) >= 0;

    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && CultureInfo.InvariantCulture.CompareInfo.Compare(a.Trim(), b.Trim(), Loose) == 0;
}
