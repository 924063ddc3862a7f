using Quartz;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// Counts finished Bookings sync jobs as Quartz reports them, after the job has recorded its run, so a test awaits
/// "the sync is done" instead of polling the sync status. Registered as an <see cref="IJobListener"/> service, which
/// Quartz's DI set-up attaches to the scheduler before it starts: no finish is missed.
/// </summary>
internal sealed class SyncJobsFinished : IJobListener
{
    public Observed<JobKey> Finished { get; } = new();

    public string Name => nameof(SyncJobsFinished);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => default;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => default;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        if (context.JobDetail.Key.Group == BookingSyncJob.Group)
        {
            Finished.Add(context.JobDetail.Key);
        }
        return default;
    }
}
