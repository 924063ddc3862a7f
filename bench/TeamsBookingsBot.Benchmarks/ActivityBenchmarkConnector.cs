using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// A loopback Bot Connector that answers every send at once and tells the waiting client when the reply to its
/// activity arrived (the last path segment of <c>POST /v3/conversations/{id}/activities/{replyToId}</c>).
/// </summary>
internal sealed class ActivityBenchmarkConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> waiting = new(StringComparer.Ordinal);

    private ActivityBenchmarkConnector(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<ActivityBenchmarkConnector> StartAsync(CancellationToken ct)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var connector = new ActivityBenchmarkConnector(builder.Build());
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync(ct);
        connector.BaseUrl = connector.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single().TrimEnd('/');
        return connector;
    }

    /// <summary>Completes with the Stopwatch timestamp at which the reply to <paramref name="activityId"/> arrived.</summary>
    public Task<long> ReplyTo(string activityId) =>
        waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(string activityId) => waiting.TryRemove(activityId, out _);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        long arrived = Stopwatch.GetTimestamp();
        using (var reader = new StreamReader(context.Request.Body))
        {
            await reader.ReadToEndAsync(context.RequestAborted);
        }
        string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        string replyTo = Uri.UnescapeDataString(target[(target.LastIndexOf('/') + 1)..]);
        waiting.GetOrAdd(replyTo, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(arrived);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("""{"id":"sent"}""", context.RequestAborted);
    }
}
