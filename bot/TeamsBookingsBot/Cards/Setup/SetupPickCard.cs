using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>Which Bookings business to connect: picked from <c>GET /solutions/bookingBusinesses</c>, or typed as its mailbox.</summary>
public static class SetupPickCard
{
    public static AdaptiveCard Build(SetupPickCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Pick the Bookings business to connect.",
            Body = { CardText.Heading("Connect a Bookings business") },
            Actions =
            {
                new SetupEditActionData(null).ToExecuteAction("Continue"),
                new AdaptiveExecuteAction(CardVerbs.SetupShow) { Title = "Back", Data = new SetupShowActionData().ToJsonObject(), AssociatedInputs = AdaptiveAssociatedInputs.None },
            },
        };
        if (model.Problem is { } problem)
        {
            card.Body.Add(new AdaptiveRichTextBlock { Inlines = { new AdaptiveTextRun(CardText.Quote(problem, 400)) { Color = AdaptiveTextColor.Attention } } });
        }
        if (model.Available.Count > 0)
        {
            card.Body.Add(new AdaptiveChoiceSetInput(SetupInputIds.PickedBusiness)
            {
                Label = "Bookings businesses I can see",
                Style = model.Available.Count > 8 ? AdaptiveChoiceInputStyle.Filtered : AdaptiveChoiceInputStyle.Expanded,
                Value = model.Available.Count == 1 ? model.Available[0].Id : null,
                Wrap = true,
                Choices = [.. model.Available.Take(100).Select(b => new AdaptiveChoice(
                    CardText.Quote($"{b.DisplayName} ({b.Id})", 160), b.Id))],
            });
        }
        else if (model.ListingProblem is null)
        {
            card.Body.Add(new AdaptiveTextBlock("Microsoft Bookings lists no business that is not connected yet."));
        }
        if (model.ListingProblem is { } listing)
        {
            card.Body.Add(CardText.Plain(CardText.Quote(listing, 400), subtle: true));
        }
        card.Body.Add(new AdaptiveTextInput(SetupInputIds.TypedMailbox)
        {
            Label = model.Available.Count > 0 ? "Or type the business's booking mailbox address" : "The business's booking mailbox address",
            Placeholder = "salon@contoso.onmicrosoft.com",
            MaxLength = SetupInputIds.MaxMailboxLength,
            Style = AdaptiveTextInputStyle.Email,
        });
        return card;
    }
}
