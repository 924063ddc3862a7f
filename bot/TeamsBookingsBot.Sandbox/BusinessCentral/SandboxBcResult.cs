using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

internal sealed record SandboxBcResult(int Status, JsonNode? Body)
{
    public static SandboxBcResult Error(int status, string code, string message) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                // Real BC appends a correlation id to every error message.
                ["message"] = $"{message}  CorrelationId:  {Guid.NewGuid()}.",
            },
        });

    public static SandboxBcResult NotFound(string segment) =>
        Error(404, "BadRequest_NotFound", $"Resource not found for the segment '{segment}'.");
}
