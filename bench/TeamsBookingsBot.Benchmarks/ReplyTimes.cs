using System.Globalization;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>The figures every benchmark prints the same way: percentiles of reply times and the machine's load.</summary>
internal static class ReplyTimes
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0..1) in milliseconds; 0 for no replies.</summary>
    public static double Percentile(IReadOnlyList<TimeSpan> replies, double p)
    {
        if (replies.Count == 0)
        {
            return 0;
        }
        double[] sorted = [.. replies.Select(r => r.TotalMilliseconds).Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public static string Ms(IReadOnlyList<TimeSpan> replies, double p) => string.Create(CultureInfo.InvariantCulture, $"{Percentile(replies, p):0.0} ms");

    /// <summary>The 1, 5 and 15 minute load averages: figures from a shared 2-core machine mean little without them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
