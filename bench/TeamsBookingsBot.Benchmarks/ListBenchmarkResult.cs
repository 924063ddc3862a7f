using System.Globalization;
using System.Text;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>One run of the list benchmark (a store and a size), and the side-by-side table of all runs.</summary>
internal sealed record ListBenchmarkResult(
    string Store, int Appointments, BookingSyncStatus Sync, TimeSpan Duration, IReadOnlyList<TimeSpan> Lists, IReadOnlyList<TimeSpan> Pages,
    int Failures, long WorkingSetBytes, string Load)
{
    public IReadOnlyList<TimeSpan> All => [.. Lists, .. Pages];

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Store} N={Appointments}: sync {(Sync.FinishedUtc - Sync.StartedUtc)?.TotalSeconds:0.0} s ({Sync.AppointmentsSeen} seen, {Sync.Added} added); "
        + $"{All.Count / Duration.TotalSeconds:0.0} replies/s, all {Summary(All)}; list {Summary(Lists)}; page {Summary(Pages)}; "
        + $"failures {Failures}, RSS after the run {WorkingSetBytes / (1024 * 1024)} MB (bot and load in one process, earlier runs' leftovers included), load {Load}");

    /// <summary>replies/s and p50/p95/p99 of every reply per size and store, then p99(largest) / p99(smallest) per store.</summary>
    public static string Table(IReadOnlyList<ListBenchmarkResult> results, IReadOnlyList<int> sizes)
    {
        string[] stores = [.. results.Select(r => r.Store).Distinct()];
        var table = new StringBuilder("| bookings |");
        foreach (string store in stores)
        {
            table.Append(CultureInfo.InvariantCulture, $" {store} replies/s | {store} p50 | {store} p95 | {store} p99 |");
        }
        table.AppendLine().Append("|---|").AppendLine(string.Concat(Enumerable.Repeat("---|", stores.Length * 4)));
        foreach (int size in sizes)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {size:N0} |");
            foreach (string store in stores)
            {
                ListBenchmarkResult? r = results.FirstOrDefault(x => x.Store == store && x.Appointments == size);
                table.Append(r is null ? " | | | |" : string.Create(CultureInfo.InvariantCulture,
                    $" {r.All.Count / r.Duration.TotalSeconds:0.0} | {ReplyTimes.Ms(r.All, 0.50)} | {ReplyTimes.Ms(r.All, 0.95)} | {ReplyTimes.Ms(r.All, 0.99)} |"));
            }
            table.AppendLine();
        }
        foreach (string store in stores)
        {
            ListBenchmarkResult? small = results.FirstOrDefault(r => r.Store == store && r.Appointments == sizes.Min());
            ListBenchmarkResult? large = results.FirstOrDefault(r => r.Store == store && r.Appointments == sizes.Max());
            if (small is not null && large is not null && small != large)
            {
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{store}: p99(N={large.Appointments:N0}) / p99(N={small.Appointments:N0}) = {ReplyTimes.Percentile(large.All, 0.99) / ReplyTimes.Percentile(small.All, 0.99):0.00}"));
            }
        }
        return table.ToString();
    }

    private static string Summary(IReadOnlyList<TimeSpan> replies) =>
        $"{replies.Count} replies, p50 {ReplyTimes.Ms(replies, 0.50)} p95 {ReplyTimes.Ms(replies, 0.95)} p99 {ReplyTimes.Ms(replies, 0.99)}";
}
