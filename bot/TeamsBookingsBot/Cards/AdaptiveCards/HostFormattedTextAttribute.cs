namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>
/// Text the card host runs through its DATE()/TIME() functions: TextBlock and TextRun text, facts, input labels and
/// error messages, toggle and choice titles (the renderer shows the last ones through a TextBlock). The serializer
/// writes it through <see cref="LiteralText.Of"/>, so nothing the bot sends is evaluated, whoever typed it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HostFormattedTextAttribute : Attribute;
