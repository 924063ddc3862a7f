using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>
/// One input of the setup form with what belongs next to it: that its value comes from the bot's configuration, and
/// the sentence saying what is wrong with it. Teams shows an input's errorMessage only for its own client-side checks,
/// so the server's sentence is a red text under the input.
/// </summary>
internal static class SetupFormField
{
    public const string FromConfigurationNote = "Set in the bot's configuration. Saving here replaces it for this business.";

    public static void Add(IList<AdaptiveElement> body, AdaptiveElement input, BusinessSettingField field, SetupEditCardModel model)
    {
        body.Add(input);
        if (model.Settings.IsFromConfiguration(field))
        {
            body.Add(new AdaptiveTextBlock(FromConfigurationNote) { IsSubtle = true, Size = AdaptiveTextSize.Small, Spacing = AdaptiveSpacing.None });
        }
        if (model.Errors.TryGetValue(field, out string? error))
        {
            // The sentence may quote what was typed: a TextRun keeps it literal.
            body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.None,
                Inlines = { new AdaptiveTextRun(CardText.Quote(error, 400)) { Color = AdaptiveTextColor.Attention } },
            });
        }
    }

    public static AdaptiveToggleInput Toggle(string id, string title, bool on) =>
        new(id, title) { Value = on ? "true" : "false", ValueOn = "true", ValueOff = "false" };
}
