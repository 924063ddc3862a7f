using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Authentication;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// Whatever arrives at /api/messages, nobody gets a 500: malformed tokens are 401 with an empty body, a malformed
/// activity is a 400 with a reason, and nulls inside the activity's arrays are ignored. Each case runs through the
/// real endpoint in Production (real token checks) and in unauthenticated Development mode.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private const string AppId = "5f0c3a7e-1b2d-4c6e-8f90-a1b2c3d4e5f6";
    private const string TenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private FakeOpenIdServer openId = null!;
    private FakeConnector connector = null!;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private RsaSecurityKey teamsKey = null!;

    public static TheoryData<string, string> MalformedTokens => new()
    {
        { "five dot-separated parts", "aaaa.bbbb.cccc.dddd.eeee" },
        { "JWE-style header", Part("""{"alg":"RSA-OAEP","enc":"A256GCM","kid":"teams-key"}""") + ".AAAA.BBBB.CCCC.DDDD" },
        { "JWE header in three parts", Part("""{"alg":"RSA-OAEP","enc":"A256GCM"}""") + "." + Part("{}") + ".c2ln" },
        { "garbage base64", "!!!!.@@@@.####" },
        { "non-JSON header", Part("not json at all") + "." + Part("""{"iss":"https://api.botframework.com"}""") + ".c2ln" },
        { "JSON array as header", Part("[1,2,3]") + "." + Part("{}") + ".c2ln" },
        { "non-JSON payload", Part("""{"alg":"RS256","kid":"teams-key"}""") + "." + Part("not json") + ".c2ln" },
        { "iss is a number", Part("""{"alg":"RS256","kid":"teams-key"}""") + "." + Part("""{"iss":42,"aud":["x"]}""") + ".c2ln" },
        { "kid is an object", Part("""{"alg":"RS256","kid":{"a":1}}""") + "." + Part("""{"iss":"https://api.botframework.com"}""") + ".c2ln" },
        { "alg is a number", Part("""{"alg":7,"kid":"teams-key"}""") + "." + Part("""{"iss":"https://api.botframework.com","exp":"soon"}""") + ".c2ln" },
        { "trusted iss, claims of wrong types", Part("""{"alg":"RS256","kid":"teams-key"}""") + "." + Part("""{"iss":"https://api.botframework.com","aud":5,"exp":"x","nbf":[]}""") + ".c2ln" },
        { "only dots", "...." },
        { "huge token", Part("""{"alg":"RS256","kid":"teams-key"}""") + "." + new string('A', 300_000) + ".c2ln" },
        { "a few KB of dots", new string('.', 8_000) },
    };

    public static TheoryData<string, string> BadServiceUrls => new()
    {
        { "not a URL", "not a url" },
        { "relative", "/v3/conversations" },
        { "ftp", "ftp://smba.trafficmanager.net/amer/" },
        { "javascript", "javascript:alert(1)" },
        { "file", "file:///etc/passwd" },
        { "blank", "   " },
    };

    public static TheoryData<string, string> NullsInArrays => new()
    {
        { "entities", """{"type":"message","text":"help","entities":[null,{"type":"mention"},null]}""" },
        { "membersAdded", """{"type":"conversationUpdate","membersAdded":[null]}""" },
        { "membersRemoved", """{"type":"conversationUpdate","membersRemoved":[null,{"id":"29:someone"}]}""" },
        { "attachments", """{"type":"message","text":"help","attachments":[null]}""" },
        { "everything at once", """{"type":"message","text":"help","entities":[null],"attachments":[null],"membersAdded":[null],"membersRemoved":[null]}""" },
    };

    public async Task InitializeAsync()
    {
        openId = await FakeOpenIdServer.StartAsync();
        teamsKey = openId.AddChannelKey("teams-key", "msteams");
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await openId.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task Production_MalformedBearerToken_Is401WithAnEmptyBody(string shape, string token)
    {
        using BotApplicationFactory app = Production();

        HttpResponseMessage response = await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "help", "t-" + shape.Length), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [MemberData(nameof(BadServiceUrls))]
    public async Task Production_ServiceUrlNotAnAbsoluteHttpUrl_Is400WithAReason(string shape, string serviceUrl)
    {
        using BotApplicationFactory app = Production();
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "help", "s-" + shape.Length);
        activity["serviceUrl"] = serviceUrl;

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(serviceUrl));

        await AssertServiceUrlRefusedAsync(response);
    }

    [Theory]
    [MemberData(nameof(BadServiceUrls))]
    public async Task Development_ServiceUrlNotAnAbsoluteHttpUrl_Is400WithAReasonAndStoresNothing(string shape, string serviceUrl)
    {
        using var app = new BotApplicationFactory();
        JsonObject install = TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", serviceUrl, "i-" + shape.Length);

        HttpResponseMessage response = await app.PostActivityAsync(install);

        await AssertServiceUrlRefusedAsync(response);
        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.GetAsync(ActivityTenantOf.Json(install), install["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(NullsInArrays))]
    public async Task Development_NullsInsideArrays_AreIgnored(string field, string fields)
    {
        using var app = new BotApplicationFactory();

        HttpResponseMessage response = await app.PostActivityAsync(WithFields(fields, "n-" + field));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHelpAnsweredIfAsked(fields);
    }

    [Theory]
    [MemberData(nameof(NullsInArrays))]
    public async Task Production_NullsInsideArrays_AreIgnored(string field, string fields)
    {
        using BotApplicationFactory app = Production();
        JsonObject activity = WithFields(fields, "p-" + field);

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(connector.BaseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHelpAnsweredIfAsked(fields);
    }

    [Theory]
    [InlineData("conversation first", TenantId, "99999999-0000-4000-8000-000000000000")]
    [InlineData("channelData first", "99999999-0000-4000-8000-000000000000", TenantId)]
    public async Task Development_TenantFieldsDisagree_Is400AndNothingIsStoredOrSent(string order, string conversationTenant, string channelDataTenant)
    {
        using var app = new BotApplicationFactory();
        JsonObject install = TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, "d-" + order.Length);
        install["conversation"]!["tenantId"] = conversationTenant;
        install["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = channelDataTenant } };

        HttpResponseMessage response = await app.PostActivityAsync(install);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tenant", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(connector.Requests);
        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.GetAsync(ActivityTenantOf.Json(install), install["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None));
    }

    [Fact]
    public async Task Production_TenantFieldsDisagreeWhileOneIsAllowed_IsRefused()
    {
        using BotApplicationFactory app = Production(("Bot:AllowedTenants:0", TenantId));
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "help", "allow-1");
        activity["conversation"]!["tenantId"] = TenantId;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "99999999-0000-4000-8000-000000000000" } };

        HttpResponseMessage response = await app.PostActivityAsync(activity, "Bearer " + Token(connector.BaseUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("only conversation.tenantId", true, false)]
    [InlineData("only channelData.tenant.id", false, true)]
    [InlineData("both, same tenant in other case", true, true)]
    public async Task Development_TenantInEitherField_IsTheTenantTheReferenceStores(string shape, bool inConversation, bool inChannelData)
    {
        using var app = new BotApplicationFactory();
        JsonObject install = TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, "r-" + shape.Length);
        JsonObject conversation = install["conversation"]!.AsObject();
        conversation.Remove("tenantId");
        install.Remove("channelData");
        if (inConversation)
        {
            conversation["tenantId"] = TenantId;
        }
        if (inChannelData)
        {
            install["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = inConversation ? TenantId.ToUpperInvariant() : TenantId } };
        }

        Assert.Equal(HttpStatusCode.OK, (await app.PostActivityAsync(install)).StatusCode);

        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        ConversationReference? stored = await references.GetAsync(TenantId, conversation["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.Equal(TenantId, stored!.TenantId, ignoreCase: true);
    }

    private static async Task AssertServiceUrlRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private void AssertHelpAnsweredIfAsked(string fields)
    {
        if (fields.Contains("\"help\"", StringComparison.Ordinal))
        {
            Assert.Contains("what I can do", Assert.Single(connector.Requests).Body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(connector.Requests);
        }
    }

    private JsonObject WithFields(string fields, string id)
    {
        JsonObject activity = TeamsActivities.Message(connector.BaseUrl, "", id);
        activity.Remove("text");
        activity.Remove("entities");
        foreach ((string name, JsonNode? value) in JsonNode.Parse(fields)!.AsObject())
        {
            activity[name] = value?.DeepClone();
        }
        return activity;
    }

    // The bot's own Connector token comes from a counting credential: no call leaves the machine.
    private BotApplicationFactory Production(params (string Key, string Value)[] extra) =>
        BotApplicationFactory.Production(openId.MetadataUrl, AppId, TenantId, extra, services => services
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IBotCredentialFactory>(new CountingCredentialFactory()));

    private string Token(string serviceUrl)
    {
        DateTimeOffset now = time.GetUtcNow();
        return TestKeys.Sign(teamsKey, SecurityAlgorithms.RsaSha256, new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        });
    }

    private static string Part(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));
}
