using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>Tells the user what failed, what to do next and which reference to quote.</summary>
public static class ErrorCard
{
    public static AdaptiveCard Build(ErrorCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = $"{model.Problem} {model.NextStep} (Reference: {model.ReferenceId})",
            Body =
            {
                new AdaptiveTextBlock("That didn't work")
                {
                    Style = AdaptiveTextBlockStyle.Heading,
                    Size = AdaptiveTextSize.Medium,
                    Weight = AdaptiveTextWeight.Bolder,
                    Color = AdaptiveTextColor.Attention,
                },
                // Problem texts may name a customer or service: TextRuns keep their characters literal.
                CardText.Plain(model.Problem),
                CardText.Plain(model.NextStep),
                new AdaptiveFactSet
                {
                    Spacing = AdaptiveSpacing.Medium,
                    Facts = { new AdaptiveFact("Reference", model.ReferenceId) },
                },
            },
        };
        if (model.Retry is not null)
        {
            card.Actions.Add(model.Retry.ToExecuteAction("Try again"));
        }
        return card;
    }
}
