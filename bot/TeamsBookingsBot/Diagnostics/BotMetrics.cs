using System.Diagnostics;
using System.Diagnostics.Metrics;
using TeamsBookingsBot.BusinessCentral;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>
/// The bot's own instruments, on the meter <see cref="BotTelemetry.Name"/> from the host's <see cref="IMeterFactory"/>.
/// HTTP, ASP.NET Core and Polly (retries) bring their own meters; these are what only the bot knows. Tags are
/// kinds and reasons, never names, emails or ids of people.
/// </summary>
internal sealed class BotMetrics
{
    private readonly Counter<long> activities;
    private readonly Histogram<double> invokeDuration;
    private readonly Histogram<double> syncDuration;
    private readonly Counter<long> syncDetailRequests;
    private readonly Counter<long> invoicesCreated;
    private readonly Counter<long> failures;
    private readonly Counter<long> businessCentralCalls;

    public BotMetrics(IMeterFactory meters)
    {
        Meter meter = meters.Create(BotTelemetry.Name);
        activities = meter.CreateCounter<long>("bot.activities", "{activity}", "Activities received, by type (and invoke name).");
        invokeDuration = meter.CreateHistogram<double>("bot.invoke.duration", "s", "Time to answer an invoke activity.");
        syncDuration = meter.CreateHistogram<double>("bot.sync.duration", "s", "Duration of one Bookings sync of one business.");
        syncDetailRequests = meter.CreateCounter<long>("bot.sync.detail_requests", "{request}",
            "Per-appointment Graph GETs the syncs made (for new or changed appointments listed without customers).");
        invoicesCreated = meter.CreateCounter<long>("bot.invoices.created", "{invoice}", "Draft sales invoices created in Business Central.");
        failures = meter.CreateCounter<long>("bot.failures", "{failure}", "Failures, by area and reason.");
        businessCentralCalls = meter.CreateCounter<long>("bot.business_central.calls", "{call}",
            "HTTP calls to Business Central by what they were for; every attempt counts, retries included.");
    }

    public void ActivityReceived(string type, string? invokeName) =>
        activities.Add(1, new TagList { { "activity.type", type }, { "activity.name", invokeName } });

    public void InvokeAnswered(string invokeName, int status, TimeSpan elapsed) =>
        invokeDuration.Record(elapsed.TotalSeconds, new TagList { { "activity.name", invokeName }, { "invoke.status", status } });

    /// <summary>One sync run of one business: the histogram's count is the number of syncs.</summary>
    public void SyncFinished(string outcome, TimeSpan elapsed, int detailRequests)
    {
        syncDuration.Record(elapsed.TotalSeconds, new TagList { { "sync.outcome", outcome } });
        syncDetailRequests.Add(detailRequests, new TagList { { "sync.outcome", outcome } });
    }

    public void InvoicesCreated(int count)
    {
        if (count > 0)
        {
            invoicesCreated.Add(count);
        }
    }

    public void Failed(string area, string reason, int count = 1) =>
        failures.Add(count, new TagList { { "failure.area", area }, { "failure.reason", reason } });

    public void BusinessCentralCall(BusinessCentralCallKind kind) =>
        businessCentralCalls.Add(1, new KeyValuePair<string, object?>("call.kind", kind.ToString()));
}
