using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>Sent once when the app is installed: what the bot does, how to set it up, what to type.</summary>
public static class WelcomeCard
{
    private static readonly BotCommand[] Examples =
    [
        BotCommands.ShowUninvoiced, BotCommands.InvoiceYesterday, BotCommands.ShowUninvoicedFiltered,
        BotCommands.SyncNow, BotCommands.SyncStatus, BotCommands.ExportAudit, BotCommands.Help,
    ];

    public static AdaptiveCard Build(WelcomeCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "I turn completed Microsoft Bookings appointments into draft invoices in Business Central. Type \"help\" to start.",
            Body =
            {
                Greeting(model.UserGivenName),
                new AdaptiveTextBlock(
                    "I find completed Microsoft Bookings appointments that haven't been invoiced yet and turn them into " +
                    "**draft** sales invoices in Business Central. Nothing is posted: you review the drafts in Business Central."),
                Setup(model),
                CardText.Section("Try typing"),
            },
            Actions = { CommonActions.ShowYesterday(), CommonActions.Help() },
        };
        if (model.OffersSetup)
        {
            card.Actions.Insert(0, CommonActions.Setup());
        }
        foreach (BotCommand example in Examples)
        {
            card.Body.Add(new AdaptiveTextBlock($"• {example.Text}") { Spacing = AdaptiveSpacing.Small });
        }
        card.Body.Add(new AdaptiveTextBlock(
            $"On the list, tick bookings and press Preview invoices. Already billed another way? Press {ListButtons.MarkInvoiced.Title}. " +
            $"Not to be billed? Press {ListButtons.Exclude.Title} and say why.")
        {
            IsSubtle = true,
            Spacing = AdaptiveSpacing.Medium,
        });
        return card;
    }

    // The name comes from the user's profile: a TextRun keeps any markdown in it from rendering.
    private static AdaptiveRichTextBlock Greeting(string? givenName) => new()
    {
        Inlines =
        {
            new AdaptiveTextRun(string.IsNullOrWhiteSpace(givenName)
                ? "Hi, I'm your bookings-to-invoices helper"
                : $"Hi {CardText.Quote(givenName, 40)}, I'm your bookings-to-invoices helper")
            {
                Size = AdaptiveTextSize.Large,
                Weight = AdaptiveTextWeight.Bolder,
            },
        },
    };

    private static AdaptiveContainer Setup(WelcomeCardModel model) => model.OffersSetup
        ? new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Emphasis,
            Spacing = AdaptiveSpacing.Medium,
            Items =
            {
                new AdaptiveTextBlock("Getting set up") { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextBlock(
                    "Press **Setup** to connect your Bookings business and pick the Business Central company its invoices go to. " +
                    "It takes a minute, right here in Teams; whoever completes the first setup becomes the admin."),
                new AdaptiveTextBlock(model.UsesSandboxData
                    ? "Until then I show sample data, so you can try everything without touching real invoices."
                    : "Your admin grants the bot's app its Microsoft Graph and Business Central permissions once (see the bot's README).")
                {
                    IsSubtle = true,
                },
            },
        }
        : model.UsesSandboxData
        ? new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Emphasis,
            Spacing = AdaptiveSpacing.Medium,
            Items =
            {
                new AdaptiveTextBlock("Getting set up") { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextBlock("Your admin connects the Bookings business and the Business Central company by typing **setup**, right here in Teams."),
                new AdaptiveTextBlock("Until then I show sample data, so you can try everything without touching real invoices.") { IsSubtle = true },
            },
        }
        : new AdaptiveContainer
        {
            Spacing = AdaptiveSpacing.Medium,
            Items = { new AdaptiveTextBlock("You're all set: I'm connected to your Bookings calendar and Business Central company.") },
        };
}
