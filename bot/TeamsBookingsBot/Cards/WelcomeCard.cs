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
                Setup(model.UsesSandboxData),
                CardText.Section("Try typing"),
            },
            Actions = { CommonActions.ShowYesterday(), CommonActions.Help() },
        };
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

    private static AdaptiveContainer Setup(bool usesSandboxData) => usesSandboxData
        ? new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Emphasis,
            Spacing = AdaptiveSpacing.Medium,
            Items =
            {
                new AdaptiveTextBlock("Getting set up") { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextBlock("1. Your admin connects the Bookings calendar: the Microsoft Graph app and the booking mailbox address go into the bot's settings."),
                new AdaptiveTextBlock("2. Your admin connects Business Central: the app, registered on its Microsoft Entra Applications page, and your company.") { Spacing = AdaptiveSpacing.Small },
                new AdaptiveTextBlock("Until then I show sample data, so you can try everything without touching real invoices.") { IsSubtle = true },
            },
        }
        : new AdaptiveContainer
        {
            Spacing = AdaptiveSpacing.Medium,
            Items = { new AdaptiveTextBlock("You're all set: I'm connected to your Bookings calendar and Business Central company.") },
        };
}
