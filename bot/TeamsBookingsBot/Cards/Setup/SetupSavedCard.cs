using System.Globalization;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>Replaces the setup form once saved: what is now in force, and the next step.</summary>
public static class SetupSavedCard
{
    public static AdaptiveCard Build(SetupSavedCardModel model)
    {
        var s = model.Settings;
        string company = s.BusinessCentral?.CompanyName ?? s.BusinessCentral?.CompanyId?.ToString() ?? "";
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Setup saved.",
            Body =
            {
                new AdaptiveTextBlock("✅ Setup saved") { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Color = AdaptiveTextColor.Good },
                CardText.Plain(CardText.Quote(string.Create(CultureInfo.InvariantCulture,
                    $"{model.BusinessName} fetches its bookings every {s.SyncIntervalMinutes} minutes; its invoices go to {company} ({s.BusinessCentral?.Environment})."), 400)),
                new AdaptiveTextBlock(model.IsNewBusiness
                    ? "I'm fetching its bookings now: they are on the list in a minute."
                    : "The new settings apply now: the next list uses them.")
                {
                    IsSubtle = true,
                },
            },
            Actions =
            {
                // This business's own list, whatever the chat is linked to: the next step after connecting it.
                new PickBusinessActionData(model.Yesterday, ReadyToInvoice: true).ToExecuteAction("Invoice yesterday's bookings"),
                new SetupTestActionData(s.BusinessId).ToExecuteAction("Test connection"),
                new SetupShowActionData().ToExecuteAction("Back to setup"),
            },
        };
        if (model.BecameAdmin)
        {
            card.Body.Add(new AdaptiveTextBlock(
                "You completed this organization's first setup, so you are its admin: you can change the setup and choose who may invoice.")
            {
                Spacing = AdaptiveSpacing.Medium,
            });
        }
        return card;
    }
}
