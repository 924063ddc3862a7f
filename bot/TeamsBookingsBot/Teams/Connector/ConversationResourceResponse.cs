namespace TeamsBookingsBot.Teams.Connector;

/// <summary>The Connector's answer to create-conversation; <see cref="ServiceUrl"/> is usually absent.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
