using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>The answer to "help" and to anything the bot did not understand.</summary>
public static class HelpCard
{
    // Long pastes would only push the command list off screen.
    public const int MaxQuotedLength = 120;
    public const int MaxSuggestions = 3;

    private const string InvoiceGroup = "Invoice";
    private const string ListButtonsHeading = "Bookings that don't need a new invoice";

    public static AdaptiveCard Build(HelpCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Try \"show uninvoiced bookings\", \"invoice yesterday's bookings\", \"sync now\" or \"sync status\".",
            Actions = { CommonActions.ShowYesterday(), CommonActions.SyncNow() },
        };
        if (model.NotUnderstoodText is null)
        {
            card.Body.Add(CardText.Heading("Here's what I can do"));
        }
        else
        {
            AddNotUnderstood(card.Body, model.NotUnderstoodText, model.Suggestions);
            card.Body.Add(CardText.Section("Everything I can do"));
        }
        foreach (BotCommandGroup group in BotCommands.Groups)
        {
            AddFacts(card.Body, group.Name, group.Commands.Select(c => new AdaptiveFact(c.Text, c.Description)));
            if (group.Name == InvoiceGroup)
            {
                // Right after invoicing: the other ways a booking leaves the list.
                AddFacts(card.Body, ListButtonsHeading, ListButtons.All.Select(b => new AdaptiveFact(b.Title, b.Description)));
            }
        }
        if (model.ForAdmin)
        {
            AddFacts(card.Body, BotCommands.AdminGroup.Name, BotCommands.AdminGroup.Commands.Select(c => new AdaptiveFact(c.Text, c.Description)));
            card.Actions.Add(CommonActions.Setup());
        }
        card.Body.Add(new AdaptiveTextBlock("Type **help** any time to see this list again.") { IsSubtle = true, Spacing = AdaptiveSpacing.Medium });
        return card;
    }

    private static void AddFacts(IList<AdaptiveElement> body, string heading, IEnumerable<AdaptiveFact> facts)
    {
        body.Add(new AdaptiveTextBlock(heading) { Weight = AdaptiveTextWeight.Bolder, Spacing = AdaptiveSpacing.Medium });
        body.Add(new AdaptiveFactSet { Spacing = AdaptiveSpacing.Small, Facts = [.. facts] });
    }

    private static void AddNotUnderstood(IList<AdaptiveElement> body, string text, IReadOnlyList<string> suggestions)
    {
        body.Add(CardText.Heading("Sorry, I didn't get that"));
        // The user's words go in TextRuns: never parsed as markdown, so a pasted link or ** cannot restyle the card.
        body.Add(new AdaptiveRichTextBlock
        {
            Inlines =
            {
                new AdaptiveTextRun("You wrote: "),
                new AdaptiveTextRun($"“{CardText.Quote(text, MaxQuotedLength)}”") { Italic = true },
            },
        });
        string[] closest = [.. suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Take(MaxSuggestions)];
        if (closest.Length == 0)
        {
            return;
        }
        body.Add(CardText.Section(closest.Length == 1 ? "Did you mean" : "Did you mean one of these"));
        foreach (string suggestion in closest)
        {
            body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.Small,
                Inlines = { new AdaptiveTextRun($"• {CardText.Quote(suggestion, MaxQuotedLength)}") },
            });
        }
    }
}
