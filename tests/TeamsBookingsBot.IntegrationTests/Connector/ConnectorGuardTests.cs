using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorGuardTests
{
    private static JsonObject Message() => new() { ["type"] = "message", ["text"] = "hi" };

    [Fact]
    public async Task Send_LoopbackWhenLoopbackIsNotAllowed_SendsNothingAndGetsNoToken()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new(allowLoopback: false);

        ConnectorHostNotAllowedException error = await Assert.ThrowsAsync<ConnectorHostNotAllowedException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal("127.0.0.1", error.Host);
        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
        Assert.Equal(0, connector.Credentials.Credential.Calls);
    }

    [Fact]
    public async Task Send_AllowListedHostOverPlainHttp_SendsNothing()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new(allowLoopback: false, allowList: ["127.0.0.1", "localhost"]);

        await Assert.ThrowsAsync<ConnectorHostNotAllowedException>(() =>
            connector.Client.ReplyToActivityAsync(fake.BaseUrl, "a:1", "1", Message(), CancellationToken.None));
        await Assert.ThrowsAsync<ConnectorHostNotAllowedException>(() =>
            connector.Client.UpdateActivityAsync(fake.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
                "a:1", "1", Message(), CancellationToken.None));

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Send_AnonymousBotToRefusedHost_StillSendsNothing()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new(allowLoopback: false, appId: null);

        await Assert.ThrowsAsync<ConnectorHostNotAllowedException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Empty(fake.Requests);
    }
}
