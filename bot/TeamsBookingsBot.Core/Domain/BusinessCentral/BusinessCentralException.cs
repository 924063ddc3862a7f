namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// Business Central answered with an error (<c>{"error":{"code","message"}}</c>) or could not be reached
/// after the allowed retries. <see cref="Message"/> is BC's own text, fit to show a bookkeeper.
/// </summary>
public class BusinessCentralException : Exception
{
    public BusinessCentralException(string code, string message, int? statusCode, bool isTransient, string? correlationId = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        StatusCode = statusCode;
        IsTransient = isTransient;
        CorrelationId = correlationId;
    }

    /// <summary>BC's error code, e.g. "Internal_RecordNotFound"; ours start with "Client_".</summary>
    public string Code { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>True when the same request may succeed later (throttling, unavailable, timeout).</summary>
    public bool IsTransient { get; }

    public string? CorrelationId { get; }
}
