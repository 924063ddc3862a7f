namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// Ids of card inputs whose values Teams merges into a button's data (see <see cref="CardActionRequest.Inputs"/>).
/// </summary>
public static class CardInputIds
{
    private const string SelectPrefix = "select:";

    public const string ExcludeReason = "excludeReason";

    /// <summary>The Input.Toggle that ticks one booking on the list card (value "true"/"false").</summary>
    public static string SelectBooking(string appointmentId) => SelectPrefix + appointmentId;

    /// <summary>
    /// The ticked bookings among <paramref name="candidates"/>. A booking whose toggle did not come back counts as
    /// ticked, because toggles are on by default and some clients leave unchanged inputs out.
    /// </summary>
    public static IReadOnlyList<string> SelectedBookings(CardActionRequest request, IReadOnlyList<string> candidates) =>
        candidates.Where(id => !request.Inputs.TryGetValue(SelectBooking(id), out string? value)
                || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            .ToArray();
}
