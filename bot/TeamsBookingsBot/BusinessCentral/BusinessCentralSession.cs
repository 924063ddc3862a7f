using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Process-wide state shared by the transient typed clients: the resolved company, whether this
/// environment rejects multi-line deep insert, and the invoice concurrency gate.
/// </summary>
internal sealed class BusinessCentralSession(int maxParallelInvoices) : IDisposable
{
    private readonly SemaphoreSlim _companyGate = new(1, 1);
    private BcCompany? _company;
    private int _multiLineDeepInsertRejected;

    public SemaphoreSlim InvoiceGate { get; } = new(maxParallelInvoices, maxParallelInvoices);

    public bool MultiLineDeepInsertRejected => Volatile.Read(ref _multiLineDeepInsertRejected) == 1;

    public void MarkMultiLineDeepInsertRejected() => Interlocked.Exchange(ref _multiLineDeepInsertRejected, 1);

    public async Task<BcCompany> GetCompanyAsync(Func<CancellationToken, Task<BcCompany>> resolve, CancellationToken ct)
    {
        if (Volatile.Read(ref _company) is { } cached)
        {
            return cached;
        }
        await _companyGate.WaitAsync(ct);
        try
        {
            // Only a success is cached: a failed lookup (BC down, wrong name) is tried again next time.
            return _company ??= await resolve(ct);
        }
        finally
        {
            _companyGate.Release();
        }
    }

    public void Dispose()
    {
        _companyGate.Dispose();
        InvoiceGate.Dispose();
    }
}
