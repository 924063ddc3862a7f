using System.Globalization;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>The <c>list</c> command's options.</summary>
internal sealed record ListBenchmarkOptions(
    IReadOnlyList<int> AppointmentCounts, IReadOnlyList<string> Stores, int Conversations, TimeSpan Duration, TimeSpan Warmup, int PagesPerList)
{
    public const string Usage =
        "[--appointments 200,10000] [--stores sqlite,postgres] [--conversations 50] [--seconds 20] [--warmup 5] [--pages 3]";

    public static ListBenchmarkOptions Parse(string[] args)
    {
        var options = new ListBenchmarkOptions([200, 10_000], ["sqlite", "postgres"], 50, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), 3);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string value = args[i + 1];
            options = args[i] switch
            {
                "--appointments" => options with { AppointmentCounts = [.. value.Split(',').Select(Number)] },
                "--stores" => options with { Stores = [.. value.Split(',').Select(Store)] },
                "--conversations" => options with { Conversations = Number(value) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Number(value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(value)) },
                "--pages" => options with { PagesPerList = Number(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: {Usage}"),
            };
        }
        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Store(string text) => text is "sqlite" or "postgres"
        ? text
        : throw new ArgumentException($"--stores takes sqlite and/or postgres, not {text}.");
}
