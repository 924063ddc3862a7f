using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Setup;

namespace TeamsBookingsBot.Setup;

[Collection(AppHostCollection.Name)]
public sealed class ConnectionCheckDeadlineTests
{
    [Fact]
    public async Task TestConnection_NoAnswerWithinTheDeadline_PostsAReportThatSaysSoInsteadOfHanging()
    {
        var hanging = new HangingConnectionCheck();
        await using FakeConnector connector = await FakeConnector.StartAsync();
        using var app = new BotApplicationFactory { TestServices = services => services.AddSingleton<IConnectionCheck>(hanging) };
        app.UseKestrel(0);
        app.StartServer();
        var admin = new SetupChat(app, connector, SandboxMode.DefaultTenantId, "aad-ada", "a:chat-ada");
        var test = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.SetupTest, ["data"] = new SetupTestActionData(SandboxBookingsData.Mailbox).ToJsonObject() };

        Task<JsonObject> pressed = admin.PressForPostedCardAsync(test);
        await hanging.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        app.Time.Advance(SetupResponder.ConnectionCheckDeadline);
        JsonObject report = await pressed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("did not answer within 10 seconds", CardJson.Text(report));
    }
}
