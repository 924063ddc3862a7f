using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Playground;

/// <summary>
/// A throwaway bot with no Bot SDK, just enough to exercise the playground harness: it answers every
/// install, conversation update and message with a card (POSTed to the playground's Connector, which takes
/// no auth) and every invoke with a replacement card.
/// </summary>
internal sealed class EchoBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _connector = new();

    private EchoBot(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<EchoBot> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var bot = new EchoBot(builder.Build());
        bot._app.MapPost("/api/messages", bot.HandleAsync);
        await bot._app.StartAsync();
        string address = bot._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.Endpoint = new Uri(address.TrimEnd('/') + "/api/messages");
        return bot;
    }

    public static AdaptiveCard Card(string text) => new()
    {
        Body = { new AdaptiveTextBlock(text) },
        Actions = { new HelpActionData().ToExecuteAction("Help") },
    };

    public async ValueTask DisposeAsync()
    {
        _connector.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        JsonObject activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Received.Enqueue(activity);
        string type = (string?)activity["type"] ?? "";
        if (type == "invoke")
        {
            string verb = (string?)activity["value"]?["action"]?["verb"] ?? "";
            return Results.Json(new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = AdaptiveCard.ContentType,
                ["value"] = Card($"Invoked: {verb}").ToJsonObject(),
            });
        }
        string said = type == "message" ? (string?)activity["text"] ?? "" : type;
        string conversation = Uri.EscapeDataString((string)activity["conversation"]!["id"]!);
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(JsonSerializer.SerializeToNode(Attachment.AdaptiveCard(Card($"Echo: {said}").ToJsonObject()), ActivityJson.Options)),
        };
        using HttpResponseMessage sent = await _connector.PostAsJsonAsync(
            $"{(string?)activity["serviceUrl"]}/v3/conversations/{conversation}/activities", reply);
        sent.EnsureSuccessStatusCode();
        return Results.Ok();
    }
}
