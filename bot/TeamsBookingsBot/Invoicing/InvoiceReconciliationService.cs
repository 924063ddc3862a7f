using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// Reconciles pending reservations once the app has started (the sandbox BC is the app itself, so not before it
/// listens) and then every <see cref="InvoicingOptions.ReconcileInterval"/>: a process that died between the BC call
/// and the ledger write leaves no duplicate and no booking stuck as "being invoiced".
/// </summary>
internal sealed class InvoiceReconciliationService(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IOptions<InvoicingOptions> options, TimeProvider time,
    ILogger<InvoiceReconciliationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, time);
        try
        {
            do
            {
                await ReconcileOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the next start reconciles whatever is still pending.
        }
    }

    /// <summary>One pass; a failure is logged and left to the next pass, the service keeps running.</summary>
    public async Task<InvoiceReconciliationReport?> ReconcileOnceAsync(CancellationToken ct)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            InvoiceReconciliationReport report = await scope.ServiceProvider.GetRequiredService<InvoiceReconciler>()
                .ReconcileAsync(options.Value.ReconcileAfter, ct);
            logger.ReconciliationCompleted(report.Invoiced, report.Released, report.StillUnknown, report.SkippedLiveRuns);
            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ReconciliationFailed(ex);
            return null;
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using CancellationTokenRegistration onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using CancellationTokenRegistration onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
