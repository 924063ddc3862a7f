using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>The answer to an action someone's role does not allow: why, and the admins who can change that.</summary>
public static class RoleRefusalCard
{
    public const int MaxNamesShown = 10;

    public static AdaptiveCard Build(RoleRefusalCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = model.Why + " " + model.Ask,
            Body =
            {
                new AdaptiveTextBlock("You can't do that here yet")
                {
                    Style = AdaptiveTextBlockStyle.Heading,
                    Size = AdaptiveTextSize.Medium,
                    Weight = AdaptiveTextWeight.Bolder,
                },
                CardText.Plain(model.Why),
                CardText.Plain(model.Ask),
            },
            Actions = { CommonActions.Help() },
        };
        foreach (string name in model.AdminNames.Take(MaxNamesShown))
        {
            // Names come from Teams as the people typed them: a TextRun shows them literally.
            card.Body.Add(CardText.Plain("• " + CardText.Quote(name, UninvoicedBookingsCard.MaxNameLength)));
        }
        int others = model.OtherAdmins + Math.Max(0, model.AdminNames.Count - MaxNamesShown);
        if (others > 0)
        {
            card.Body.Add(CardText.Plain(model.AdminNames.Count == 0
                ? (others == 1 ? "An admin named in the bot's configuration." : $"{others} admins named in the bot's configuration.")
                : (others == 1 ? "and 1 more admin." : $"and {others} more admins."), subtle: true));
        }
        return card;
    }
}
