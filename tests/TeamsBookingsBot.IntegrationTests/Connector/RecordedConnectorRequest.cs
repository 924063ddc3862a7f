using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Connector;

/// <summary>A request as the fake Connector saw it; <see cref="RawTarget"/> keeps the path exactly as escaped on the wire.</summary>
internal sealed record RecordedConnectorRequest(string Method, string RawTarget, string? Authorization, string Body, long ArrivedAt)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
