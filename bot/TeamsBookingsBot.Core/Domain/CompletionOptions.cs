namespace TeamsBookingsBot.Domain;

/// <summary>
/// When a booking counts as completed (configuration section "Completion"). Plain options so the app can
/// bind them; the Core itself only needs the <see cref="CompletionPolicy"/> they build.
/// </summary>
public sealed class CompletionOptions
{
    public const string Section = "Completion";

    /// <summary>Completion:Rule. EndedAfterGrace (default) or StartedBeforeNow (Business Central parity).</summary>
    public CompletionRule Rule { get; set; } = CompletionRule.EndedAfterGrace;

    /// <summary>Completion:Grace, e.g. "00:15:00": time after the end before a booking may be invoiced. Not negative.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.Zero;

    public CompletionPolicy ToPolicy() => new(Rule, Grace);
}
