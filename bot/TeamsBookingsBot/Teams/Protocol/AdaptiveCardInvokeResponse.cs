using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>The body of an <c>adaptiveCard/action</c> (Action.Execute) response, per the Universal Action Model.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public required int StatusCode { get; init; }

    public required string Type { get; init; }

    public JsonNode? Value { get; init; }

    /// <summary>Replaces the card for the user who clicked.</summary>
    public static InvokeResponse CreateCardResponse(JsonNode card) =>
        InvokeResponse.Ok(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = CardType, Value = card });

    /// <summary>Shows a short message; the card is left as it was.</summary>
    public static InvokeResponse CreateMessageResponse(string message) =>
        InvokeResponse.Ok(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = MessageType, Value = JsonValue.Create(message) });

    /// <summary>An error the client shows; HTTP stays 200 and the error status travels in the body.</summary>
    public static InvokeResponse CreateErrorResponse(int statusCode, string code, string message)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An error response needs a 4xx or 5xx status.");
        }
        return InvokeResponse.Ok(Error(statusCode, code, message));
    }

    /// <summary>A malformed invoke (no value, no action, not Action.Execute): HTTP 400 with the error body, as the SDK does.</summary>
    public static InvokeResponse CreateBadRequestResponse(string message) =>
        InvokeResponse.BadRequest(Error(400, "BadRequest", message));

    private static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
