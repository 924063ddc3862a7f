namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// The in-process Business Central sandbox (section <c>Sandbox:BusinessCentral</c>). Faults configured here
/// are armed at start-up; tests can arm more at run time through <see cref="BusinessCentralSandbox.Faults"/>.
/// </summary>
public sealed class BusinessCentralSandboxOptions
{
    public const string Section = "Sandbox:BusinessCentral";

    /// <summary>Added to every request, to make timings and concurrency visible.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Entities per page before @odata.nextLink (real BC: up to 20,000).</summary>
    public int PageSize { get; set; } = 20_000;

    /// <summary>Reject deep inserts with more than one line as BC 22 did (Internal_ServerError, "Sales Line").</summary>
    public bool RejectMultiLineDeepInsert { get; set; }

    /// <summary>Answer the first N requests with <see cref="ThrottleStatus"/> and <see cref="ThrottleRetryAfter"/>.</summary>
    public int ThrottleFirstRequests { get; set; }

    public int ThrottleStatus { get; set; } = 429;

    /// <summary>Retry-After header value; decimals allowed ("0.5").</summary>
    public string ThrottleRetryAfter { get; set; } = "1";

    /// <summary>Process the first POST, then drop the connection before answering (an unknown outcome).</summary>
    public bool DropConnectionAfterFirstPost { get; set; }
}
