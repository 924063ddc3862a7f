using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>
/// Shown in place of the preview while Business Central creates the drafts. No buttons: a second press would only
/// wait for the same run. The bot replaces it with the result card when the run finishes.
/// </summary>
public static class InvoiceProgressCard
{
    public static AdaptiveCard Build(int draftCount)
    {
        string what = draftCount > 0
            ? InvoiceCardText.Plural(draftCount, "draft invoice", "draft invoices")
            : "the draft invoices";
        return new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = $"Creating {what} in Business Central…",
            Body =
            {
                CardText.Heading($"Creating {what} in Business Central…"),
                new AdaptiveTextBlock("This can take a minute. This card shows the invoice numbers when it is done; you can keep working meanwhile.")
                {
                    IsSubtle = true,
                },
            },
        };
    }
}
