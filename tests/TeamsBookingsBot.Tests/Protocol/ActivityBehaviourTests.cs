using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Protocol;

public sealed class ActivityBehaviourTests
{
    private static Activity Fixture(string relativePath)
    {
        Assert.True(ActivityJson.TryParse(TeamsFixtures.Activity(relativePath).ToJsonString(), out Activity? activity, out string error), error);
        return activity;
    }

    [Fact]
    public void GetTextWithoutMentions_RecordedChannelMention_LeavesTheCommand()
    {
        Activity activity = Fixture("recorded/inbound.message.channel.mention.json");

        Assert.Equal("1", activity.GetTextWithoutMentions());
        Assert.Equal("<at>My Combined</at>1\n", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_PlaygroundGroupChat_RewritesText()
    {
        Activity activity = Fixture("playground/inbound.message.groupchat.mention.json");

        string? text = activity.RemoveRecipientMention();

        Assert.Equal("hi group", text);
        Assert.Equal("hi group", activity.Text);
    }

    [Fact]
    public void GetTextWithoutMentions_MentionWithoutText_RemovesAtNameCaseInsensitively()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<AT>Bookings Bot</AT> invoice yesterday",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "Bookings Bot" },
            Entities = [new Mention { Mentioned = new ChannelAccount { Id = "28:bot", Name = "Bookings Bot" } }.ToEntity()],
        };

        Assert.Equal("invoice yesterday", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_SomeoneElsesMention_StaysInText()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>Bot</at> remind <at>Megan</at>",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "Bot" },
            Entities =
            [
                new Mention { Mentioned = new ChannelAccount { Id = "28:bot", Name = "Bot" }, Text = "<at>Bot</at>" }.ToEntity(),
                new Mention { Mentioned = new ChannelAccount { Id = "29:megan", Name = "Megan" }, Text = "<at>Megan</at>" }.ToEntity(),
            ],
        };

        Assert.Equal("remind <at>Megan</at>", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetMentions_MalformedMentionEntity_IsSkipped()
    {
        Assert.True(ActivityJson.TryParse(
            """{"type":"message","text":"<at>Bot</at> hi","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":"28:bot"}]}""",
            out Activity? activity, out _));

        Assert.Empty(activity.GetMentions());
        Assert.Equal("<at>Bot</at> hi", activity.GetTextWithoutMentions());
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ", "malformed JSON")]
    [InlineData("not json", "malformed JSON")]
    [InlineData("{\"text\":\"hi\"}", "activity has no type")]
    [InlineData("{\"type\":\"  \"}", "activity has no type")]
    [InlineData("", "body is empty")]
    [InlineData("null", "not an activity object")]
    [InlineData("[1,2]", "does not fit the activity schema")]
    [InlineData("{\"type\":\"message\",\"from\":\"secret-user\"}", "does not fit the activity schema at $.from")]
    public void TryParse_BadBody_GivesShortReason(string body, string expectedReason)
    {
        Assert.False(ActivityJson.TryParse(body, out Activity? activity, out string error));
        Assert.False(ActivityJson.TryParse(System.Text.Encoding.UTF8.GetBytes(body), out _, out string spanError));

        Assert.Null(activity);
        Assert.Contains(expectedReason, error, StringComparison.Ordinal);
        Assert.Equal(error, spanError);
        Assert.DoesNotContain("secret-user", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateReply_ChannelMessage_SwapsAccountsAndLeavesIdAndServiceUrlEmpty()
    {
        Activity incoming = Fixture("recorded/inbound.message.channel.mention.json");

        Activity reply = incoming.CreateReply("Done");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(incoming.Recipient!.Id, reply.From!.Id);
        Assert.Equal(incoming.From!.Id, reply.Recipient!.Id);
        Assert.Equal(incoming.From.AadObjectId, reply.Recipient.AadObjectId);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("1571537152320", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.ServiceUrl);
        Assert.Equal("Done", reply.Text);
        Assert.NotSame(incoming.Recipient, reply.From);
    }

    [Fact]
    public void GetConversationReference_Message_CarriesServiceUrlAndIds()
    {
        Activity incoming = Fixture("recorded/inbound.message.channel.mention.json");

        ConversationReference reference = incoming.GetConversationReference();

        Assert.Equal("1571537152320", reference.ActivityId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal(incoming.Recipient!.Id, reference.Bot!.Id);
        Assert.Equal(incoming.From!.AadObjectId, reference.User!.AadObjectId);
        Assert.Equal(incoming.Conversation!.Id, reference.Conversation!.Id);
    }

    [Fact]
    public void GetConversationReference_ConversationUpdate_HasNoActivityId()
    {
        Activity incoming = Fixture("derived/inbound.conversationupdate.team.bot-added.msteams-docs.json");

        Assert.Null(incoming.GetConversationReference().ActivityId);
    }

    [Fact]
    public void GetTeamsChannelData_TeamInstall_ReadsTeamChannelAndSelectedChannel()
    {
        Activity activity = Fixture("derived/inbound.installationupdate.add.team.msteams-docs.json");

        TeamsChannelData data = activity.GetTeamsChannelData();

        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", data.TenantId);
        Assert.Equal("19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2", data.TeamId);
        Assert.Equal("TestTeam2022", data.TeamName);
        Assert.Equal("da849743-4259-475f-ae7a-4f4b0fb49943", data.TeamAadGroupId);
        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", data.ChannelId);
        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", data.SelectedChannelId);
        Assert.Equal("add", activity.Action);
    }

    [Fact]
    public void GetTeamsChannelData_TeamMemberAdded_ReadsEventType()
    {
        Activity activity = Fixture("recorded/inbound.conversationupdate.team.teammemberadded.json");

        Assert.Equal("teamMemberAdded", activity.GetTeamsChannelData().EventType);
    }

    [Fact]
    public void GetTenantId_NoChannelDataTenant_FallsBackToConversation()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { TenantId = "t-1" } };

        Assert.Equal("t-1", activity.GetTenantId());
        Assert.Null(activity.GetTeamsChannelData().TeamId);
    }

    [Fact]
    public void Value_AdaptiveCardAction_StaysRaw()
    {
        Activity activity = Fixture("playground/inbound.invoke.adaptivecard-action.json");

        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        Assert.Equal(JsonValueKind.Object, activity.Value!.Value.ValueKind);
        Assert.Equal("Action.Execute", activity.Value.Value.GetProperty("action").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("card")]
    [InlineData("message")]
    [InlineData("error")]
    public void AdaptiveCardInvokeResponse_Factories_MatchTheDocumentedShapes(string kind)
    {
        JsonNode expected = TeamsFixtures.Load($"derived/response.invoke.adaptivecard-action.{kind}.json");
        InvokeResponse response = kind switch
        {
            "card" => AdaptiveCardInvokeResponse.CreateCardResponse(expected["value"]!.DeepClone()),
            "message" => AdaptiveCardInvokeResponse.CreateMessageResponse("Draft invoice created"),
            _ => AdaptiveCardInvokeResponse.CreateErrorResponse(400, "BadRequest", "Missing action property"),
        };

        JsonNode? body = JsonSerializer.SerializeToNode(response.Body, ActivityJson.Options);

        Assert.Equal(200, response.Status);
        Assert.Null(JsonTree.FirstDifference(expected, body));
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_BadRequest_IsHttp400WithErrorBody()
    {
        InvokeResponse response = AdaptiveCardInvokeResponse.CreateBadRequestResponse("Missing action property");

        JsonNode body = JsonSerializer.SerializeToNode(response.Body, ActivityJson.Options)!;

        Assert.Equal(400, response.Status);
        Assert.Null(JsonTree.FirstDifference(TeamsFixtures.Load("derived/response.invoke.adaptivecard-action.error.json"), body));
    }
}
