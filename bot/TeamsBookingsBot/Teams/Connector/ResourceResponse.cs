namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// The Connector's answer to a send, reply or update. <see cref="Id"/> is null when the service answered
/// 2xx without a body (Agents Playground answers 202 with nothing when it splits a reply in two).
/// </summary>
public sealed record ResourceResponse(string? Id);
