using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Setup;

internal sealed class RecordingSyncScheduler : IBusinessSyncScheduler
{
    public List<BusinessSettings> Applied { get; } = [];

    public Task ApplyAsync(BusinessSettings settings, CancellationToken ct)
    {
        Applied.Add(settings);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string businessId, CancellationToken ct) => Task.CompletedTask;
}
