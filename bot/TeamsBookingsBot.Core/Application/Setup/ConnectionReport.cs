namespace TeamsBookingsBot.Application.Setup;

/// <summary>What "Test connection" found, step by step, in the order it checked.</summary>
public sealed record ConnectionReport(IReadOnlyList<ConnectionCheckStep> Steps)
{
    public bool AllPassed => Steps.All(s => s.Passed);
}
