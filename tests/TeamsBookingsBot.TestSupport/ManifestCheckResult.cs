namespace TeamsBookingsBot.Testing;

/// <param name="Schema">The manifest schema version the tool validated against, e.g. "v1.24".</param>
public sealed record ManifestCheckResult(string? Schema, IReadOnlyList<CardCheckFinding> Findings)
{
    public IReadOnlyList<CardCheckFinding> Errors => [.. Findings.Where(f => f.IsError)];

    public string Describe() => $"manifest ({Schema}): " + string.Join(Environment.NewLine + "  ", Findings);
}
