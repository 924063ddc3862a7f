using System.Globalization;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>Command-line options of the <c>activity</c> benchmark.</summary>
internal sealed record ActivityBenchmarkOptions(int Conversations, TimeSpan Duration, TimeSpan Warmup, bool Invoke, string? Postgres)
{
    public static ActivityBenchmarkOptions Parse(string[] args)
    {
        var options = new ActivityBenchmarkOptions(50, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), Invoke: false, Postgres: null);
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = int.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(ref i, value), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Next(ref i, value), CultureInfo.InvariantCulture)) },
                "--invoke" => options with { Invoke = true },
                "--postgres" => options with { Postgres = Next(ref i, value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    private static string Next(ref int i, string? value)
    {
        i++;
        return value ?? throw new ArgumentException("An option is missing its value.");
    }
}
