using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API (spec §2.2) for the conversation's <c>serviceUrl</c>. Activities travel as JSON.
/// Every call may throw <see cref="ConnectorException"/> (the Connector said no, after retries),
/// <see cref="ConnectorHostNotAllowedException"/> (nothing sent) or, for POSTs,
/// <see cref="ConnectorOutcomeUnknownException"/> (sent, no answer, not retried: record it, do not resend blindly).
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>: a new message in the conversation (proactive).</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, JsonObject activity, CancellationToken ct);

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>; sets <c>replyToId</c> on the sent copy if missing.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, JsonObject activity, CancellationToken ct);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent (e.g. a card).</summary>
    Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, JsonObject activity, CancellationToken ct);

    /// <summary><c>DELETE v3/conversations/{id}/activities/{activityId}</c>. Agents Playground answers 501.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);

    /// <summary><c>POST v3/conversations</c>: opens (or finds) a 1:1 chat, or starts a channel thread.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken ct);

    /// <summary>Sends <c>{"type":"typing"}</c> from the bot into the conversation.</summary>
    Task SendTypingAsync(
        string serviceUrl, string conversationId, ConnectorAccount from, ConnectorAccount? recipient, CancellationToken ct);

    /// <summary><c>GET v3/conversations/{id}/pagedmembers</c>; pass the returned token to get the next page.</summary>
    Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct);

    /// <summary><c>GET v3/conversations/{id}/members/{userId}</c> (Teams channel account with <c>aadObjectId</c>, email, UPN).</summary>
    Task<JsonObject> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken ct);
}
