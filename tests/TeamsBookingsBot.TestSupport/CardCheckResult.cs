namespace TeamsBookingsBot.Testing;

public sealed record CardCheckResult(string Name, IReadOnlyList<CardCheckFinding> Findings)
{
    public IReadOnlyList<CardCheckFinding> Errors => [.. Findings.Where(f => f.IsError)];

    public IReadOnlyList<CardCheckFinding> Warnings => [.. Findings.Where(f => !f.IsError)];

    /// <summary>The tool's messages, one a line, for an assertion's failure text.</summary>
    public string Describe() =>
        $"{Name}: {Errors.Count} error(s), {Warnings.Count} warning(s)" +
        string.Concat(Findings.Select(f => Environment.NewLine + "  " + f));
}
