namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>Which BC item bills a Bookings service.</summary>
public abstract record ServiceMatch
{
    public sealed record Mapped(string ItemNumber) : ServiceMatch;

    /// <summary>No mapping yet; <see cref="Suggestions"/> are Service items whose name matches, best first.</summary>
    public sealed record Unmapped(IReadOnlyList<BcItemRef> Suggestions) : ServiceMatch;
}
