using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Connector;

/// <summary>
/// A Bot Connector stand-in over real HTTP on 127.0.0.1 (random port). It records every request and answers
/// from a script; when the script runs out it answers 201 {"id":"default-id"}.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeConnectorReply> script = new();
    private readonly Observed<RecordedConnectorRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<Func<RecordedConnectorRequest, FakeConnectorReply?>> responders = new();
    private int awaited;

    private FakeConnector(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedConnectorRequest> Requests => requests.Items;

    public static async Task<FakeConnector> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        FakeConnector fake = new(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        string address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseUrl = address.TrimEnd('/');
        return fake;
    }

    /// <summary>
    /// The first request matching <paramref name="match"/>, already made or the moment it arrives (no polling);
    /// <paramref name="timeout"/> only turns a missing request into a failure that lists what the bot did send.
    /// </summary>
    public async Task<RecordedConnectorRequest> WaitForRequestAsync(Func<RecordedConnectorRequest, bool> match, TimeSpan? timeout = null)
    {
        try
        {
            return await requests.WaitForAsync(match, timeout ?? TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("The bot made no such Connector request; it made: "
                + string.Join(", ", Requests.Select(r => $"{r.Method} {r.RawTarget}")));
        }
    }

    /// <summary>Completes once the next not yet awaited request has been received and recorded.</summary>
    public Task RequestArrivedAsync() => requests.WaitForCountAsync(Interlocked.Increment(ref awaited), TimeSpan.FromSeconds(60));

    /// <summary>Answers the requests <paramref name="responder"/> returns a reply for (e.g. member lookups), before the script.</summary>
    public FakeConnector Answer(Func<RecordedConnectorRequest, FakeConnectorReply?> responder)
    {
        responders.Enqueue(responder);
        return this;
    }

    public FakeConnector Then(FakeConnectorReply reply)
    {
        script.Enqueue(reply);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        // A reply still held (Delay) ends now: the server would otherwise wait for it when it shuts down.
        await stopping.CancelAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        long arrived = Stopwatch.GetTimestamp();
        using StreamReader reader = new(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedConnectorRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            body,
            arrived);
        requests.Add(request);

        FakeConnectorReply reply = responders.Select(r => r(request)).FirstOrDefault(r => r is not null)
            ?? (script.TryDequeue(out FakeConnectorReply? next) ? next : FakeConnectorReply.Json(201, """{"id":"default-id"}"""));
        if (reply.Delay is { } delay)
        {
            try
            {
                using var held = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
                await Task.Delay(delay, held.Token);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up, which is what a delayed reply is for
            }
        }
        if (reply.Abort)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
