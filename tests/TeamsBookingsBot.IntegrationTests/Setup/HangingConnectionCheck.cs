using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Setup;

/// <summary>A check whose Graph and BC never answer: it returns only when its token is cancelled.</summary>
internal sealed class HangingConnectionCheck : IConnectionCheck
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ConnectionReport> CheckAsync(BusinessSettings settings, CancellationToken ct)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    }
}
