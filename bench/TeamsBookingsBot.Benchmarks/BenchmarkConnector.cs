using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// A loopback Bot Connector that answers every send at once and hands the waiting client the reply to its activity
/// (the last path segment of <c>POST /v3/conversations/{id}/activities/{replyToId}</c>) with the moment it arrived.
/// </summary>
internal sealed class BenchmarkConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(long Arrived, JsonObject Activity)>> waiting = new(StringComparer.Ordinal);

    private BenchmarkConnector(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<BenchmarkConnector> StartAsync(CancellationToken ct)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var connector = new BenchmarkConnector(builder.Build());
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync(ct);
        connector.BaseUrl = connector.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single().TrimEnd('/');
        return connector;
    }

    /// <summary>Completes with the Stopwatch timestamp and the activity of the reply to <paramref name="activityId"/>.</summary>
    public Task<(long Arrived, JsonObject Activity)> ReplyTo(string activityId) => Waiter(activityId).Task;

    public void Forget(string activityId) => waiting.TryRemove(activityId, out _);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private TaskCompletionSource<(long, JsonObject)> Waiter(string activityId) =>
        waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<(long, JsonObject)>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context)
    {
        long arrived = Stopwatch.GetTimestamp();
        JsonObject activity = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))?.AsObject() ?? [];
        string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        string replyTo = Uri.UnescapeDataString(target[(target.LastIndexOf('/') + 1)..]);
        Waiter(replyTo).TrySetResult((arrived, activity));
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync($$"""{"id":"card-{{replyTo}}"}""", context.RequestAborted);
    }
}
