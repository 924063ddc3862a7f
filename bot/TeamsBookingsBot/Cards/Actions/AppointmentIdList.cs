namespace TeamsBookingsBot.Cards.Actions;

internal static class AppointmentIdList
{
    // A card lists at most a few dozen bookings (28 KB); more ids than that did not come from our card.
    public const int MaxCount = 200;

    public static bool IsValid(IReadOnlyList<string> ids) =>
        ids.Count is > 0 and <= MaxCount && ids.All(id => !string.IsNullOrWhiteSpace(id));
}
