namespace TeamsBookingsBot.Domain;

/// <summary>Decides when a booking is done and may be invoiced. Time is passed in.</summary>
public sealed class CompletionPolicy
{
    public CompletionPolicy(CompletionRule rule = CompletionRule.EndedAfterGrace, TimeSpan grace = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        Rule = rule;
        Grace = grace;
    }

    public static CompletionPolicy Default { get; } = new();

    public CompletionRule Rule { get; }

    /// <summary>Ignored by <see cref="CompletionRule.StartedBeforeNow"/>, which copies BC exactly.</summary>
    public TimeSpan Grace { get; }

    public bool IsCompleted(Booking booking, DateTimeOffset now) => Rule switch
    {
        CompletionRule.StartedBeforeNow => booking.StartUtc < now,
        _ => booking.EndUtc <= now - Grace,
    };
}
