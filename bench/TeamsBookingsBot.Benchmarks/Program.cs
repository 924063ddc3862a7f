using TeamsBookingsBot.Benchmarks;

IBenchmark[] benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToArray();

IBenchmark? chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/TeamsBookingsBot.Benchmarks -- <benchmark> [options]");
    foreach (IBenchmark benchmark in benchmarks)
    {
        Console.WriteLine($"  {benchmark.Name,-10} {benchmark.Description}");
    }
    return args.Length == 0 ? 0 : 2;
}
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await chosen.RunAsync(args[1..], cts.Token);
