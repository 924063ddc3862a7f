namespace TeamsBookingsBot.Testing;

/// <param name="Level">"error" or "warning".</param>
/// <param name="Layer">"schema" (official 1.5 schema), "parser" (Microsoft's adaptivecards library), "teams" or "json".</param>
/// <param name="Path">JSON pointer into the card.</param>
public sealed record CardCheckFinding(string Level, string Layer, string Path, string Message)
{
    public bool IsError => Level == "error";

    public override string ToString() => $"{Level} [{Layer}] {Path}: {Message}";
}
