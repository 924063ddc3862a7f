using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsBookingsBot.BusinessCentral;

namespace TeamsBookingsBot;

/// <summary>
/// Reads the bot's <c>bot.business_central.calls</c> instrument of one host (its own <see cref="IMeterFactory"/>, so
/// tests running side by side do not count each other's calls).
/// </summary>
internal sealed class BusinessCentralCallCounts(IServiceProvider services) : IDisposable
{
    private readonly MetricCollector<long> calls = new(
        services.GetRequiredService<IMeterFactory>(), "TeamsBookingsBot", "bot.business_central.calls");

    public long Get(BusinessCentralCallKind kind) => calls.GetMeasurementSnapshot()
        .Where(m => m.Tags.TryGetValue("call.kind", out object? k) && (string?)k == kind.ToString())
        .Sum(m => m.Value);

    public void Reset() => calls.Clear();

    public void Dispose() => calls.Dispose();
}
