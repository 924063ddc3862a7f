using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>What "Test connection" found, step by step: what works, and for what fails, what to fix.</summary>
public static class ConnectionReportCard
{
    public static AdaptiveCard Build(ConnectionReportCardModel model)
    {
        ConnectionReport report = model.Report;
        int failed = report.Steps.Count(s => !s.Passed);
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = failed == 0 ? "Connection test: everything works." : $"Connection test: {failed} problem(s) to fix.",
            Body =
            {
                CardText.Heading("Connection test"),
                new AdaptiveRichTextBlock { Inlines = { new AdaptiveTextRun(CardText.Quote(model.BusinessName, 100)) { Weight = AdaptiveTextWeight.Bolder } } },
                new AdaptiveTextBlock(failed == 0
                    ? "✅ Everything works: I can read the bookings and create draft invoices."
                    : $"⚠ {CardFormat.Count(failed, "thing needs", "things need")} fixing before invoicing works.")
                {
                    Color = failed == 0 ? AdaptiveTextColor.Good : AdaptiveTextColor.Attention,
                },
            },
            Actions =
            {
                new SetupTestActionData(model.BusinessId).ToExecuteAction("Test again"),
                new SetupShowActionData().ToExecuteAction("Back to setup"),
            },
        };
        AddArea(card.Body, "Microsoft Bookings", report.Steps.Where(s => s.Area == ConnectionCheckArea.Bookings));
        AddArea(card.Body, "Business Central", report.Steps.Where(s => s.Area == ConnectionCheckArea.BusinessCentral));
        return card;
    }

    private static void AddArea(IList<AdaptiveElement> body, string title, IEnumerable<ConnectionCheckStep> steps)
    {
        bool first = true;
        foreach (ConnectionCheckStep step in steps)
        {
            if (first)
            {
                body.Add(CardText.Section(title));
                first = false;
            }
            // Sentences may quote a mailbox, company or Graph's own message: TextRuns keep them literal.
            body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.Small,
                Inlines =
                {
                    new AdaptiveTextRun((step.Passed ? "✅ " : "❌ ") + CardText.Quote(step.What, 120) + ": ") { Weight = AdaptiveTextWeight.Bolder },
                    new AdaptiveTextRun(CardText.Quote(step.Sentence, 500)) { Color = step.Passed ? null : AdaptiveTextColor.Attention },
                },
            });
        }
    }
}
