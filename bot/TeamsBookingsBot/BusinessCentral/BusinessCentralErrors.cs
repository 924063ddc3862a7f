using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>Turns BC's <c>{"error":{"code","message"}}</c> answers into <see cref="BusinessCentralException"/>.</summary>
public static partial class BusinessCentralErrors
{
    public static bool IsTransientStatus(int status) => status is 408 or 429 or 502 or 503 or 504;

    public static BusinessCentralException FromResponse(int status, string? reasonPhrase, string? body)
    {
        if (TryParse(body, out string? code, out string? message))
        {
            (string text, string? correlationId) = SplitCorrelationId(message);
            return new BusinessCentralException(code, text, status, IsTransientStatus(status), correlationId);
        }
        string reason = reasonPhrase ?? ((HttpStatusCode)status).ToString();
        return new BusinessCentralException($"Client_Http{status}", $"Business Central answered {status} {reason}.", status, IsTransientStatus(status));
    }

    public static bool TryParse(string? body, out string code, out string message)
    {
        code = "";
        message = "";
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }
        try
        {
            using JsonDocument doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("error", out JsonElement error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            code = error.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "Unknown";
            message = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            return true;
        }
        catch (JsonException)
        {
            return false; // an HTML gateway page or a truncated body: the status alone has to do
        }
    }

    /// <summary>BC appends "CorrelationId: {guid}." to every message; it is for support, not for users.</summary>
    public static (string Message, string? CorrelationId) SplitCorrelationId(string message)
    {
        Match match = CorrelationIdPattern().Match(message);
        return match.Success
            ? (message[..match.Index].TrimEnd(), match.Groups["id"].Value)
            : (message.Trim(), null);
    }

    [GeneratedRegex(@"\s*CorrelationId:\s*(?<id>[0-9a-fA-F]{8}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{12})\.?\s*$")]
    private static partial Regex CorrelationIdPattern();
}
