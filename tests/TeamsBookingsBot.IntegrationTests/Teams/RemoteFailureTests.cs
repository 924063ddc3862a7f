using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams;

/// <summary>A Graph or Business Central failure becomes a card that says what failed and what to do.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class RemoteFailureTests : IAsyncLifetime, IDisposable
{
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory
        {
            TestServices = services =>
            {
                services.AddSingleton<IChatCommandHandler>(new ThrowingCommandHandler(
                    new BookingsSourceException("contosohair@contoso.onmicrosoft.com", BookingsSourceFailure.AccessDenied,
                        "Microsoft Graph refused access to the Bookings mailbox contosohair@contoso.onmicrosoft.com (HTTP 403).", 403)));
                services.AddSingleton<ICardActionHandler>(new ThrowingCardHandler(
                    new BusinessCentralException("Internal_ServerError", "The Sales Line does not exist.\nCorrelationId: 1", 500, isTransient: true)));
            },
        };
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Message_GraphRefusesAccess_PostsAnErrorCardNamingTheFailureAndTheFix()
    {
        HttpResponseMessage response = await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "sync status", "rf-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string card = Assert.Single(connector.Requests).Json["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Microsoft Bookings: Microsoft Graph refused access", card);
        Assert.Contains("Bookings permissions", card);
    }

    [Fact]
    public async Task CardAction_BusinessCentralFails_PostsAnErrorCardAndAnswersWithTheReason()
    {
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, "rf-2");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.SyncNow, ["data"] = new SyncNowActionData().ToJsonObject() },
        };

        HttpResponseMessage response = await app.PostActivityAsync(invoke);

        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("The Sales Line does not exist.", body["value"]!["message"]!.GetValue<string>());
        string card = Assert.Single(connector.Requests).Json["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Business Central: The Sales Line does not exist. CorrelationId: 1", card);
        Assert.Contains("retrying is safe", card);
    }

    private sealed class ThrowingCommandHandler(Exception failure) : IChatCommandHandler
    {
        public Type CommandType => typeof(ChatCommand.SyncStatus);

        public Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct) => throw failure;
    }

    private sealed class ThrowingCardHandler(Exception failure) : ICardActionHandler
    {
        public Type DataType => typeof(SyncNowActionData);

        public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken ct) => throw failure;
    }
}
