namespace TeamsBookingsBot.Benchmarks;

/// <summary>One measurement, run by name from the command line; it prints its own figures.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args, CancellationToken ct);
}
