using System.Globalization;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>"setup": the tenant's Bookings businesses, how each syncs and where it invoices, with Edit and Add.</summary>
public static class SetupOverviewCard
{
    // More would push the connected businesses off screen; the rest are on "Add a Bookings business".
    public const int MaxNotConnectedShown = 5;

    public static AdaptiveCard Build(SetupOverviewCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Bookings and Business Central setup.",
            Body = { CardText.Heading("Setup") },
            Actions =
            {
                new SetupAddActionData().ToExecuteAction(model.Businesses.Count == 0 ? "Connect a Bookings business" : "Add a Bookings business"),
                CommonActions.Help(),
            },
        };
        if (model.Notice is { } notice)
        {
            card.Body.Add(CardText.Plain(CardText.Quote(notice, 400)));
        }
        if (model.Businesses.Count == 0)
        {
            card.Body.Add(new AdaptiveTextBlock(
                "No Bookings business is connected yet. Connect one: pick it from the businesses Microsoft Bookings lists, " +
                "then the Business Central company its invoices go to."));
        }
        foreach ((BusinessSettings settings, string name) in model.Businesses)
        {
            AddBusiness(card.Body, settings, name);
        }
        AddNotConnected(card.Body, model.NotConnected ?? []);
        return card;
    }

    private static void AddNotConnected(IList<AdaptiveElement> body, IReadOnlyList<BookingsBusinessListing> listed)
    {
        if (listed.Count == 0)
        {
            return;
        }
        body.Add(CardText.Section("In Microsoft Bookings, not connected yet"));
        foreach (BookingsBusinessListing business in listed.Take(MaxNotConnectedShown))
        {
            body.Add(new AdaptiveColumnSet
            {
                Columns =
                {
                    new AdaptiveColumn
                    {
                        Width = AdaptiveWidth.Stretch,
                        Items = { CardText.Plain(CardText.Quote($"{business.DisplayName} ({business.Id})", 160)) },
                    },
                    new AdaptiveColumn
                    {
                        Width = AdaptiveWidth.Auto,
                        Items = { new AdaptiveActionSet { Actions = { new SetupEditActionData(business.Id).ToExecuteAction("Connect") } } },
                    },
                },
            });
        }
    }

    private static void AddBusiness(IList<AdaptiveElement> body, BusinessSettings s, string name)
    {
        body.Add(new AdaptiveRichTextBlock
        {
            Separator = true,
            Spacing = AdaptiveSpacing.Medium,
            Inlines =
            {
                new AdaptiveTextRun(CardText.Quote(name, 100)) { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextRun(" " + CardText.Quote(s.BusinessId, SetupInputIds.MaxMailboxLength)) { IsSubtle = true },
            },
        });
        string company = s.BusinessCentral is { } bc
            ? $"{bc.CompanyName ?? bc.CompanyId?.ToString() ?? "no company picked"} ({bc.Environment})"
            : "not chosen yet: invoicing is off";
        body.Add(new AdaptiveFactSet
        {
            Spacing = AdaptiveSpacing.Small,
            Facts =
            {
                new AdaptiveFact("Fetches bookings", string.Create(CultureInfo.InvariantCulture, $"every {s.SyncIntervalMinutes} minutes")),
                new AdaptiveFact("Set up by", s.UpdatedBy is null ? "the bot's configuration" : "an admin, in Teams"),
            },
        });
        // The zone and the company's name were typed or come from Business Central: TextRuns, never markdown.
        body.Add(CardText.Plain(CardText.Quote($"Times in {s.TimeZoneId}. Invoices go to {company}.", 300)));
        body.Add(new AdaptiveActionSet { Actions = { new SetupEditActionData(s.BusinessId).ToExecuteAction("Edit") } });
    }
}
