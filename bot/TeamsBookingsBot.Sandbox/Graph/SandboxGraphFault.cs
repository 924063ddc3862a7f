namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// An error the sandbox Graph server answers instead of the next request. <paramref name="RetryAfter"/> is sent
/// verbatim (Graph sends decimals such as "2.128").
/// </summary>
public sealed record SandboxGraphFault(int StatusCode, string? RetryAfter = null);
