using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TeamsBookingsBot.BusinessCentral;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>Listens to the bot's <c>bot.business_central.calls</c> instrument (of one host's meter) and sums it by kind.</summary>
internal sealed class BusinessCentralCallMeter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public BusinessCentralCallMeter(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "bot.business_central.calls" && instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "call.kind" && tag.Value is string kind)
                {
                    counts.AddOrUpdate(kind, value, (_, n) => n + value);
                }
            }
        });
        listener.Start();
    }

    public long Get(BusinessCentralCallKind kind) => counts.GetValueOrDefault(kind.ToString());

    public IEnumerable<KeyValuePair<string, long>> Snapshot() => counts.OrderBy(p => Enum.Parse<BusinessCentralCallKind>(p.Key));

    public void Dispose() => listener.Dispose();
}
