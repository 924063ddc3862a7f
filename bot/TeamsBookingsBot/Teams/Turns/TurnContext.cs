using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Teams.Turns;

/// <summary>
/// One inbound activity being handled: the activity, who sent it, and how to answer in its conversation.
/// Handlers never build Connector calls themselves.
/// </summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, string referenceId, ILogger logger)
{
    public Activity Activity { get; } = activity;

    /// <summary>Correlation id shown on error cards and written to every log line of the turn.</summary>
    public string ReferenceId { get; } = referenceId;

    /// <summary>The user's Entra object id: the stable user key (Teams' 29: ids are per app).</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;

    public string? TenantId => Activity.GetTenantId();

    public string ConversationId => Activity.Conversation?.Id ?? "";

    /// <summary>Posts a card into the conversation (as a reply to the activity when it has an id).</summary>
    public Task<ResourceResponse> SendCardAsync(RenderedCard card, CancellationToken ct)
    {
        Activity reply = Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card.Json)];
        return SendAsync(reply, ct);
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken ct) => SendAsync(Activity.CreateReply(text), ct);

    /// <summary>Replaces a message the bot sent earlier, e.g. the card whose Action.Submit button was pressed.</summary>
    public async Task UpdateCardAsync(string activityId, RenderedCard card, CancellationToken ct)
    {
        Activity update = Activity.CreateReply();
        update.Id = activityId;
        update.ReplyToId = null;
        update.Attachments = [Attachment.AdaptiveCard(card.Json)];
        await connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, ToJson(update), ct);
        TeamsLog.ActivityUpdated(logger, activityId);
    }

    /// <summary>One page of this conversation's members (<c>GET v3/conversations/{id}/pagedmembers</c>); null token = first page.</summary>
    public Task<PagedMembersResult> GetMembersPageAsync(int pageSize, string? continuationToken, CancellationToken ct) =>
        connector.GetConversationPagedMembersAsync(ServiceUrl, ConversationId, pageSize, continuationToken, ct);

    /// <summary>One member of this conversation by Teams id; throws <see cref="ConnectorException"/> (404) when they are not in it.</summary>
    public Task<JsonObject> GetMemberAsync(string userId, CancellationToken ct) =>
        connector.GetConversationMemberAsync(ServiceUrl, ConversationId, userId, ct);

    private async Task<ResourceResponse> SendAsync(Activity reply, CancellationToken ct)
    {
        ResourceResponse response = string.IsNullOrEmpty(Activity.Id)
            ? await connector.SendToConversationAsync(ServiceUrl, ConversationId, ToJson(reply), ct)
            : await connector.ReplyToActivityAsync(ServiceUrl, ConversationId, Activity.Id, ToJson(reply), ct);
        // Sends are not idempotent (protocol spec §4.6): the id of everything we post is logged.
        TeamsLog.ActivitySent(logger, response.Id ?? "(none)", Activity.Id ?? "(none)");
        return response;
    }

    private string ServiceUrl => Activity.ServiceUrl
        ?? throw new InvalidOperationException("The activity has no serviceUrl; the endpoint rejects such activities before routing.");

    private static JsonObject ToJson(Activity activity) =>
        JsonSerializer.SerializeToNode(activity, ActivityJson.Options)!.AsObject();
}
