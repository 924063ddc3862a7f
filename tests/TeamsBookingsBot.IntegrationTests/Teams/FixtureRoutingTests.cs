using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Protocol;
using ConversationReference = TeamsBookingsBot.Application.Ports.ConversationReference;

namespace TeamsBookingsBot.Teams;

/// <summary>Every recorded inbound Teams activity reaches the handler meant for it through the real endpoint.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class FixtureRoutingTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] RoutedInvokes =
    [
        InvokeNames.ComposeExtensionQuery, InvokeNames.ComposeExtensionFetchTask, InvokeNames.ComposeExtensionSubmitAction,
        InvokeNames.TaskFetch, InvokeNames.TaskSubmit,
    ];

    private readonly Dictionary<string, RecordingInvokeHandler> recorders =
        RoutedInvokes.ToDictionary(name => name, name => new RecordingInvokeHandler(name));

    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public enum Route
    {
        Reply,
        Invoke,
        CardAction,
        NotImplemented,
        Captured,
        Ignored,
    }

    public static TheoryData<string, Route> Fixtures() => new()
    {
        { "recorded/inbound.message.channel.mention.json", Route.Reply },
        { "recorded/inbound.message.channel.actionsubmit-value.json", Route.Reply },
        { "recorded/inbound.invoke.cardaction-noname.json", Route.NotImplemented },
        { "recorded/inbound.invoke.task-fetch.json", Route.Invoke },
        { "recorded/inbound.invoke.task-submit.json", Route.Invoke },
        { "recorded/inbound.invoke.composeextension-query.json", Route.Invoke },
        { "recorded/inbound.invoke.composeextension-fetchtask.json", Route.Invoke },
        { "recorded/inbound.invoke.composeextension-submitaction.json", Route.Invoke },
        { "recorded/inbound.invoke.composeextension-submitaction.botmessagepreview-send.json", Route.Invoke },
        { "recorded/inbound.conversationupdate.groupchat.membersadded.json", Route.Ignored },
        { "recorded/inbound.conversationupdate.team.teammemberadded.json", Route.Ignored },
        { "recorded/inbound.conversationupdate.team.channelcreated.json", Route.Ignored },
        { "derived/inbound.installationupdate.add.team.msteams-docs.json", Route.Captured },
        { "derived/inbound.conversationupdate.team.bot-added.msteams-docs.json", Route.Captured },
        { "derived/inbound.conversationupdate.personal.bot-added.msteams-docs.json", Route.Ignored },
        { "derived/inbound.invoke.adaptivecard-action.COMPOSITE.json", Route.CardAction },
        { "playground/inbound.message.personal.text.json", Route.Reply },
        { "playground/inbound.message.personal.text.dummy-jwt.json", Route.Reply },
        { "playground/inbound.message.groupchat.mention.json", Route.Reply },
        { "playground/inbound.message.channel.mention.json", Route.Reply },
        { "playground/inbound.message.personal.actionsubmit-value.json", Route.Reply },
        { "playground/inbound.invoke.adaptivecard-action.json", Route.CardAction },
        { "playground/inbound.invoke.composeextension-query.json", Route.Invoke },
        { "playground/inbound.invoke.composeextension-fetchtask.json", Route.Invoke },
        { "playground/inbound.installationupdate.add.personal.json", Route.Captured },
        { "playground/inbound.conversationupdate.personal.membersadded.json", Route.Captured },
        { "playground/inbound.conversationupdate.channel.bot-added.json", Route.Captured },
        { "playground/inbound.conversationupdate.channel.channelcreated.json", Route.Ignored },
    };

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory
        {
            TestServices = services =>
            {
                foreach (RecordingInvokeHandler recorder in recorders.Values)
                {
                    services.AddSingleton<IInvokeHandler>(recorder);
                }
            },
        };
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public void Fixtures_EveryInboundActivityFile_IsInTheTable()
    {
        string root = Testing.SharedPaths.Fixture("teams");
        string[] files = Directory.GetFiles(root, "inbound.*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("http-request-headers.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(files, Fixtures().Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Post_RecordedActivity_ReachesItsHandler(string fixture, Route route)
    {
        JsonObject activity = TeamsActivities.Load(fixture, connector.BaseUrl);

        HttpResponseMessage response = await app.PostActivityAsync(activity);
        string body = await response.Content.ReadAsStringAsync();

        switch (route)
        {
            case Route.Reply:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains(connector.Requests, r => r.Method == "POST");
                break;
            case Route.Invoke:
                string name = activity["name"]!.GetValue<string>();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(name, JsonNode.Parse(body)!["handledBy"]!.GetValue<string>());
                Assert.Single(recorders[name].Received);
                break;
            case Route.CardAction:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(AdaptiveCardInvokeResponse.MessageType, JsonNode.Parse(body)!["type"]!.GetValue<string>());
                break;
            case Route.NotImplemented:
                Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
                break;
            case Route.Captured:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var references = app.Services.GetRequiredService<IConversationReferenceStore>();
                ConversationReference? stored = await references.GetAsync(ActivityTenantOf.Json(activity), activity["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None);
                Assert.True(stored?.IsActive);
                Assert.Single(connector.Requests); // the welcome card
                break;
            case Route.Ignored:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Empty(connector.Requests);
                Assert.All(recorders.Values, r => Assert.Empty(r.Received));
                break;
        }
    }
}
