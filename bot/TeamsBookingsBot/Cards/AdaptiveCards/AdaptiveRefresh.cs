namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Makes Teams send the action's invoke when listed users view the card, so each sees a fresh copy.</summary>
public sealed class AdaptiveRefresh
{
    // Teams refreshes automatically for at most 60 users (bot-framework-protocol §3.2).
    public const int MaxUserIds = 60;

    public AdaptiveRefresh(AdaptiveExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userIds.Count, MaxUserIds, nameof(userIds));
        Action = action;
        UserIds = userIds;
    }

    public string Type => "Refresh";

    // Typed as the base so the "type" discriminator is written.
    public AdaptiveAction Action { get; }

    public IReadOnlyList<string> UserIds { get; }
}
