using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>"sync status": per business, when the bookings were last fetched, how it went and what to do if it failed.</summary>
public static class SyncStatusCard
{
    public static AdaptiveCard Build(SyncStatusCardModel model)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Microsoft Bookings sync status.",
            Body = { new AdaptiveTextBlock("Bookings sync") { Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder } },
            Actions = { CommonActions.SyncNow(), CommonActions.ShowYesterday() },
        };
        if (model.Businesses.Count == 0)
        {
            card.Body.Add(new AdaptiveTextBlock(
                "No Bookings calendar is connected yet. Ask your admin to connect it: they type **setup** here in Teams."));
            return card;
        }
        foreach (BusinessSyncState state in model.Businesses)
        {
            AddBusiness(card.Body, state, model.NowUtc);
        }
        return card;
    }

    private static void AddBusiness(IList<AdaptiveElement> body, BusinessSyncState state, DateTimeOffset now)
    {
        TimeZoneInfo zone = TimeZoneResolver.ResolveFirst(state.Business.TimeZoneId);
        body.Add(new AdaptiveRichTextBlock
        {
            Spacing = AdaptiveSpacing.Medium,
            Separator = true,
            Inlines = { new AdaptiveTextRun(CardText.Quote(state.Business.DisplayName, UninvoicedBookingsCard.MaxNameLength)) { Weight = AdaptiveTextWeight.Bolder } },
        });
        BookingSyncStatus? latest = state.Latest;
        if (latest is null)
        {
            body.Add(new AdaptiveTextBlock("Not synced yet. Type **sync now** to fetch the bookings.") { Spacing = AdaptiveSpacing.Small });
            return;
        }
        if (latest.FinishedUtc is null)
        {
            body.Add(new AdaptiveTextBlock(
                $"Syncing now: started {CardFormat.Moment(latest.StartedUtc, zone, now)}, {CardFormat.Seconds(now - latest.StartedUtc)} ago.")
            {
                Spacing = AdaptiveSpacing.Small,
            });
        }
        else if (latest.Succeeded)
        {
            body.Add(new AdaptiveTextBlock($"✅ Last sync {CardFormat.Moment(latest.FinishedUtc.Value, zone, now)}") { Spacing = AdaptiveSpacing.Small });
            body.Add(Facts(latest));
        }
        else
        {
            AddFailure(body, latest, zone, now);
        }
        if (state.LastSuccess is { } success && success != latest)
        {
            body.Add(new AdaptiveTextBlock(
                $"Last successful sync: {CardFormat.Moment(success.FinishedUtc ?? success.StartedUtc, zone, now)}. The list shows bookings as of then.")
            {
                IsSubtle = true,
                Spacing = AdaptiveSpacing.Small,
            });
        }
    }

    private static void AddFailure(IList<AdaptiveElement> body, BookingSyncStatus latest, TimeZoneInfo zone, DateTimeOffset now)
    {
        body.Add(new AdaptiveTextBlock($"⚠ The last sync failed ({CardFormat.Moment(latest.FinishedUtc!.Value, zone, now)})")
        {
            Color = AdaptiveTextColor.Attention,
            Spacing = AdaptiveSpacing.Small,
        });
        if (latest.Error is not null)
        {
            // The sync writes curated sentences, but they may name the mailbox: a TextRun keeps them literal.
            body.Add(CardText.Plain(CardText.Quote(latest.Error, 300)));
        }
        body.Add(new AdaptiveTextBlock(
            "What to do: type **sync now** to try again. If it fails again, ask your admin to check the bot's Microsoft Graph permissions and the calendar's address.")
        {
            Spacing = AdaptiveSpacing.Small,
        });
    }

    private static AdaptiveFactSet Facts(BookingSyncStatus status) => new()
    {
        Spacing = AdaptiveSpacing.Small,
        Facts =
        {
            new AdaptiveFact("Took", status.Duration is { } duration ? CardFormat.Seconds(duration) : "–"),
            new AdaptiveFact("Appointments read", status.AppointmentsSeen.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)),
            new AdaptiveFact("New / changed / cancelled", $"{status.Added} / {status.Updated} / {status.Cancelled}"),
        },
    };
}
