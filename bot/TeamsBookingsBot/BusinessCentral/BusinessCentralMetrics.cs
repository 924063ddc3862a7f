namespace TeamsBookingsBot.BusinessCentral;

/// <summary>Thread-safe call counters by kind, plus retries; read by tests and the benchmark.</summary>
public sealed class BusinessCentralMetrics
{
    private readonly long[] _calls = new long[Enum.GetValues<BusinessCentralCallKind>().Length];
    private long _retries;

    public long Retries => Interlocked.Read(ref _retries);

    public long TotalCalls => Enum.GetValues<BusinessCentralCallKind>().Sum(Get);

    public long Get(BusinessCentralCallKind kind) => Interlocked.Read(ref _calls[(int)kind]);

    public IReadOnlyDictionary<BusinessCentralCallKind, long> Snapshot() =>
        Enum.GetValues<BusinessCentralCallKind>().ToDictionary(kind => kind, Get);

    public void Reset()
    {
        for (int i = 0; i < _calls.Length; i++)
        {
            Interlocked.Exchange(ref _calls[i], 0);
        }
        Interlocked.Exchange(ref _retries, 0);
    }

    internal void CountCall(BusinessCentralCallKind kind) => Interlocked.Increment(ref _calls[(int)kind]);

    internal void CountRetry() => Interlocked.Increment(ref _retries);
}
