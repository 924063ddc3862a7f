using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>
/// A Bot Framework activity, named like the SDK's <c>Microsoft.Bot.Schema.Activity</c>. Anything not modelled
/// lands in <see cref="Properties"/>, and <see cref="Value"/> / <see cref="ChannelData"/> stay raw, so an activity
/// read and written again loses nothing Teams sent.
/// </summary>
public sealed class Activity
{
    private RawTimestamp timestamp;
    private RawTimestamp localTimestamp;

    public string? Type { get; set; }

    public string? Id { get; set; }

    /// <summary>UTC. Never reject an activity because of it.</summary>
    [JsonIgnore]
    public DateTimeOffset? Timestamp
    {
        get => timestamp.Value;
        set => timestamp = timestamp.WithValue(value);
    }

    [JsonIgnore]
    public DateTimeOffset? LocalTimestamp
    {
        get => localTimestamp.Value;
        set => localTimestamp = localTimestamp.WithValue(value);
    }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? TopicName { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    /// <summary><c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c> on <c>installationUpdate</c>.</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Label { get; set; }

    public string? ValueType { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>The invoke name (<see cref="InvokeNames"/>) or event name.</summary>
    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? Code { get; set; }

    public string? Importance { get; set; }

    public string? DeliveryMode { get; set; }

    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonInclude]
    [JsonPropertyName("timestamp")]
    internal string? TimestampJson
    {
        get => timestamp.ToJson();
        set => timestamp = RawTimestamp.FromJson(value);
    }

    [JsonInclude]
    [JsonPropertyName("localTimestamp")]
    internal string? LocalTimestampJson
    {
        get => localTimestamp.ToJson();
        set => localTimestamp = RawTimestamp.FromJson(value);
    }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>mention</c> entities; one that does not have a mention's shape is skipped.</summary>
    public IReadOnlyList<Mention> GetMentions()
    {
        if (Entities is null)
        {
            return [];
        }
        var mentions = new List<Mention>();
        foreach (Entity entity in Entities)
        {
            if (!string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            try
            {
                if (entity.GetAs<Mention>() is { } mention)
                {
                    mentions.Add(mention);
                }
            }
            catch (JsonException)
            {
                // A malformed mention from the client must not fail the turn; its text simply stays in place.
            }
        }
        return mentions;
    }

    /// <summary>
    /// <see cref="Text"/> without the @mentions of the bot (<see cref="Recipient"/>), trimmed. Other people's
    /// mentions are content and stay. Teams only forwards channel messages that mention the bot, so the bot's
    /// own mention is noise in every command.
    /// </summary>
    public string? GetTextWithoutMentions()
    {
        string? recipientId = Recipient?.Id;
        if (Text is null || string.IsNullOrEmpty(recipientId))
        {
            return Text;
        }
        string text = Text;
        foreach (Mention mention in GetMentions())
        {
            if (!string.Equals(mention.Mentioned?.Id, recipientId, StringComparison.Ordinal))
            {
                continue;
            }
            string? mentionText = !string.IsNullOrEmpty(mention.Text) ? mention.Text
                : !string.IsNullOrEmpty(mention.Mentioned?.Name) ? $"<at>{mention.Mentioned.Name}</at>"
                : null;
            if (mentionText is not null)
            {
                text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
            }
        }
        return text.Trim();
    }

    /// <summary>Removes the bot's @mentions from <see cref="Text"/> and returns the new text (SDK semantics).</summary>
    public string? RemoveRecipientMention()
    {
        Text = GetTextWithoutMentions();
        return Text;
    }

    /// <summary>A message back into this conversation; <c>id</c> and <c>serviceUrl</c> stay empty (the Connector sets them).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        From = Recipient?.Copy(),
        Recipient = From?.Copy(),
        Conversation = Conversation?.Copy(),
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    public ConversationReference GetConversationReference() => new()
    {
        // The SDK leaves the id out for conversationUpdate: it names no message a proactive reply could thread to.
        ActivityId = IsType(ActivityTypes.ConversationUpdate) ? null : Id,
        User = From?.Copy(),
        Bot = Recipient?.Copy(),
        Conversation = Conversation?.Copy(),
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    public TeamsChannelData GetTeamsChannelData() => TeamsChannelData.From(ChannelData);

    /// <summary>
    /// The tenant by <see cref="ActivityTenant"/>'s rule. The endpoint refuses an activity whose two tenant fields
    /// disagree before anything reads it, so this throws only for an activity that skipped the endpoint.
    /// </summary>
    public string? GetTenantId() => ActivityTenant.Of(this) is { IsConflicting: false } tenant
        ? tenant.Id
        : throw new InvalidOperationException("conversation.tenantId and channelData.tenant.id name different tenants.");
}
