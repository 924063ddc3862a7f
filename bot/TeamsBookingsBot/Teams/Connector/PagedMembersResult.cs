using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>One page of conversation members (each a Teams channel account as JSON); a null token means the last page.</summary>
public sealed record PagedMembersResult(IReadOnlyList<JsonObject> Members, string? ContinuationToken);
