using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// The sandbox's appointments sorted once by start (then id), so that a calendarView page costs what the page holds:
/// a binary search to where the previous page ended, then a walk over the next few appointments.
/// </summary>
internal sealed class SandboxCalendarIndex
{
    private readonly Booking[] sorted;
    private readonly TimeSpan longest;

    public SandboxCalendarIndex(IEnumerable<Booking> appointments)
    {
        sorted = appointments.OrderBy(a => a.StartUtc).ThenBy(a => a.AppointmentId, StringComparer.Ordinal).ToArray();
        longest = sorted.Length == 0 ? TimeSpan.Zero : sorted.Max(a => a.EndUtc - a.StartUtc);
        All = Array.AsReadOnly(sorted);
    }

    public IReadOnlyList<Booking> All { get; }

    /// <summary>
    /// Up to <paramref name="size"/> appointments overlapping [<paramref name="start"/>, <paramref name="end"/>) after
    /// <paramref name="after"/>, and the cursor of the next page (null when none is left).
    /// </summary>
    public (IReadOnlyList<Booking> Page, SandboxCalendarCursor? Next) Page(
        DateTimeOffset start, DateTimeOffset end, SandboxCalendarCursor? after, int size)
    {
        var page = new List<Booking>(size);
        // Nothing starting earlier than the longest appointment before the window can still overlap it.
        int i = after is { } cursor ? FirstAfter(cursor) : FirstStartingAtOrAfter(start - longest);
        for (; i < sorted.Length && sorted[i].StartUtc < end; i++)
        {
            if (sorted[i].EndUtc <= start)
            {
                continue;
            }
            if (page.Count == size)
            {
                return (page, SandboxCalendarCursor.After(page[^1]));
            }
            page.Add(sorted[i]);
        }
        return (page, null);
    }

    private int FirstStartingAtOrAfter(DateTimeOffset time) => Search(b => b.StartUtc >= time);

    private int FirstAfter(SandboxCalendarCursor cursor) => Search(cursor.IsBefore);

    /// <summary>The first index whose appointment satisfies <paramref name="isAtOrPast"/> (which holds for a suffix of the order).</summary>
    private int Search(Func<Booking, bool> isAtOrPast)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (isAtOrPast(sorted[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }
}
