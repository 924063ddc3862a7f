using System.Globalization;

namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// Ids of card inputs whose values Teams merges into a button's data (see <see cref="CardActionRequest.Inputs"/>).
/// </summary>
public static class CardInputIds
{
    private const string SelectPrefix = "select:";

    private const string NoShowPrefix = "noshow:";

    private const string PricePrefix = "price:";

    private const string ConfirmPrefix = "confirm:";

    // Prices above this are typos (or not from a person); the planner still checks the sign.
    private const decimal MaxPrice = 1_000_000_000m;

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

    /// <summary>The Input.Toggle on the preview card that bills one booking as a no-show (the configured fee).</summary>
    public static string NoShowFee(string appointmentId) => NoShowPrefix + appointmentId;

    /// <summary>The bookings among <paramref name="candidates"/> whose no-show toggle came back on.</summary>
    public static IReadOnlySet<string> NoShowsWithFee(CardActionRequest request, IReadOnlyList<string> candidates) =>
        candidates.Where(id => request.Inputs.TryGetValue(NoShowFee(id), out string? value)
                && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The Input.Number on the preview card where the user types the price of one booking.</summary>
    public static string PriceOverride(string appointmentId) => PricePrefix + appointmentId;

    /// <summary>
    /// The prices typed for <paramref name="candidates"/>: blank or unreadable entries are left out (the booking
    /// keeps asking for a price); a negative amount is passed on so the planner can say what is wrong with it.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> PriceOverrides(CardActionRequest request, IReadOnlyList<string> candidates)
    {
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string id in candidates)
        {
            if (request.Inputs.TryGetValue(PriceOverride(id), out string? text)
                && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal price)
                && Math.Abs(price) <= MaxPrice)
            {
                prices[id] = decimal.Round(price, 2, MidpointRounding.AwayFromZero);
            }
        }
        return prices;
    }

    /// <summary>The Input.Toggle on the preview card that confirms an unusually high amount of one booking.</summary>
    public static string ConfirmAmount(string appointmentId) => ConfirmPrefix + appointmentId;

    /// <summary>What a ticked confirmation toggle sends: the amount confirmed, invariant.</summary>
    public static string ConfirmedValue(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The amounts confirmed for <paramref name="candidates"/>; an unticked or unreadable toggle confirms nothing.</summary>
    public static IReadOnlyDictionary<string, decimal> ConfirmedAmounts(CardActionRequest request, IReadOnlyList<string> candidates)
    {
        var confirmed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string id in candidates)
        {
            if (request.Inputs.TryGetValue(ConfirmAmount(id), out string? text)
                && decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount))
            {
                confirmed[id] = amount;
            }
        }
        return confirmed;
    }
}
