using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>A column width: "auto", "stretch", a relative weight (a JSON number) or "Npx".</summary>
[JsonConverter(typeof(AdaptiveWidthConverter))]
public readonly record struct AdaptiveWidth
{
    private AdaptiveWidth(string? keyword, int number)
    {
        Keyword = keyword;
        Number = number;
    }

    public static AdaptiveWidth Auto { get; } = new("auto", 0);

    public static AdaptiveWidth Stretch { get; } = new("stretch", 0);

    /// <summary>"auto", "stretch" or "Npx"; null for a weight.</summary>
    public string? Keyword { get; }

    public int Number { get; }

    public static AdaptiveWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    public static AdaptiveWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new($"{pixels}px", pixels);
    }
}
