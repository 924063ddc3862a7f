using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConversationParametersTests
{
    [Fact]
    public void ToJson_PersonalChat_MatchesSpecShapeWithTenantInChannelData()
    {
        JsonObject json = new ConversationParameters(false, new ConnectorAccount("28:app"), [new ConnectorAccount("29:user")], "tid").ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:app"},"members":[{"id":"29:user"}],"tenantId":"tid","channelData":{"tenant":{"id":"tid"}}}
            """), json));
    }

    [Fact]
    public void ToJson_CallerChannelData_IsNotModified()
    {
        JsonObject channelData = new() { ["channel"] = new JsonObject { ["id"] = "19:c" } };

        JsonObject json = new ConversationParameters(true, new ConnectorAccount("28:app"), [], "tid", channelData).ToJson();

        Assert.Equal("tid", (string?)json["channelData"]!["tenant"]!["id"]);
        Assert.Null(channelData["tenant"]);
    }
}
