namespace TeamsBookingsBot.Application.Setup;

/// <summary>
/// One thing "Test connection" tried, e.g. "Read the appointments of contoso@…": whether it worked and, in plain
/// words, what was found or what to fix.
/// </summary>
public sealed record ConnectionCheckStep(ConnectionCheckArea Area, string What, bool Passed, string Sentence);
