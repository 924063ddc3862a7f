using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Counts every attempt of a Business Central call by its <see cref="BusinessCentralCallKind"/> (set on the request by
/// <see cref="BusinessCentralHttp"/>). It sits inside the resilience handler, so a retried call counts each time.
/// </summary>
internal sealed class BusinessCentralCallCounter(BotMetrics metrics) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<BusinessCentralCallKind> Kind = new("TeamsBookingsBot.BusinessCentralCallKind");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Kind, out BusinessCentralCallKind kind))
        {
            metrics.BusinessCentralCall(kind);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
