using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Authentication;
using TeamsBookingsBot.Connector;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The endpoint in Production with an app id: authentication is on, and anything without a valid Teams token is
/// a 401 with an empty body (the reason goes only to the log).
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class EndpointAuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "5f0c3a7e-1b2d-4c6e-8f90-a1b2c3d4e5f6";
    private const string TenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private FakeOpenIdServer openId = null!;
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;
    private RsaSecurityKey teamsKey = null!;

    public async Task InitializeAsync()
    {
        openId = await FakeOpenIdServer.StartAsync();
        teamsKey = openId.AddChannelKey("teams-key", "msteams");
        connector = await FakeConnector.StartAsync();
        app = BotApplicationFactory.Production(openId.MetadataUrl, AppId, TenantId);
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await openId.DisposeAsync();
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Post_NoAuthorizationHeader_Is401WithAnEmptyBodyAndNoReply()
    {
        HttpResponseMessage response = await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "help", "a-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("Basic")]
    public async Task Post_WrongScheme_Is401(string scheme)
    {
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "help", "a-2");

        HttpResponseMessage response = await app.PostActivityAsync(activity, scheme + " " + Token(activity));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_Is401()
    {
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "help", "a-3");

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(activity, serviceUrl: "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_Is401()
    {
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "help", "a-4");

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(activity, audience: "someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidTeamsToken_IsAccepted()
    {
        // A typing activity needs no reply, so no outbound token is requested from Entra during the test.
        JsonObject activity = TeamsActivities.With(TeamsActivities.Message(connector.BaseUrl, "", "a-5"), a => a["type"] = "typing");

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedBodyWithoutToken_Is400BeforeAuthentication()
    {
        using var content = new StringContent("{oops", System.Text.Encoding.UTF8, "application/json");

        HttpResponseMessage response = await app.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private string Token(JsonObject activity, string? serviceUrl = null, string? audience = null)
    {
        DateTimeOffset now = app.Time.GetUtcNow();
        return TestKeys.Sign(teamsKey, SecurityAlgorithms.RsaSha256, new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = audience ?? AppId,
            ["serviceurl"] = serviceUrl ?? activity["serviceUrl"]!.GetValue<string>(),
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        });
    }
}
