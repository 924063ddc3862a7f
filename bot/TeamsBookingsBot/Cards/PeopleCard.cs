using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>"people": who is admin or invoicer, with buttons to change that for the people of this conversation.</summary>
public static class PeopleCard
{
    /// <summary>People on one card; a team can have thousands of members, and each row carries buttons.</summary>
    public const int MaxRows = 40;

    public const string Explanation =
        "Invoicers may preview, create, mark, exclude, undo and export. Admins may also invoice, change the setup and change who may invoice. Everyone else may list.";

    public const string MentionHint = "Someone not listed: type \"add invoicer @name\", \"add admin @name\" or \"remove admin @name\".";

    /// <summary>As many rows as fit Teams' 28 KB (each row's buttons carry their data twice, for the Submit fallback).</summary>
    public static AdaptiveCard Build(PeopleCardModel model)
    {
        int shown = Math.Min(model.Rows.Count, MaxRows);
        AdaptiveCard card = Compose(model, shown);
        while (shown > 0 && !RenderedCard.Of(card).FitsTeamsLimit)
        {
            shown -= Math.Max(1, shown / 5);
            card = Compose(model, shown);
        }
        return card;
    }

    private static AdaptiveCard Compose(PeopleCardModel model, int shown)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Who may invoice and who is admin.",
            Body = { CardText.Heading("People"), CardText.Plain(Explanation, subtle: true) },
            Actions = { new PeopleActionData().ToExecuteAction("Refresh") },
        };
        if (model.Notice is not null)
        {
            card.Body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.Medium,
                Inlines = { new AdaptiveTextRun(model.Notice) { Weight = AdaptiveTextWeight.Bolder } },
            });
        }
        foreach (PeopleCardRow row in model.Rows.Take(shown))
        {
            card.Body.Add(Row(row));
        }
        int notShown = model.Rows.Count - shown;
        if (notShown > 0 || model.MoreMembersUnread)
        {
            card.Body.Add(CardText.Plain(model.MoreMembersUnread ? "More people in this conversation are not shown."
                : notShown == 1 ? "1 more person in this conversation is not shown." : $"{notShown} more people in this conversation are not shown.", subtle: true));
        }
        if (model.MembersUnavailable)
        {
            card.Body.Add(CardText.Plain("Teams didn't give me the members of this conversation just now; only people with a role are shown.", italic: true));
        }
        card.Body.Add(CardText.Plain(MentionHint, subtle: true));
        return card;
    }

    private static AdaptiveContainer Row(PeopleCardRow row)
    {
        string role = row.Role switch
        {
            TenantRole.Admin => row.FromConfiguration ? "Admin (named in the bot's configuration)" : "Admin",
            TenantRole.Invoicer => "Invoicer",
            _ => "Member",
        };
        var container = new AdaptiveContainer
        {
            Separator = true,
            Spacing = AdaptiveSpacing.Small,
            Items =
            {
                new AdaptiveRichTextBlock
                {
                    Inlines =
                    {
                        new AdaptiveTextRun(CardText.Quote(row.Name, UninvoicedBookingsCard.MaxNameLength)) { Weight = AdaptiveTextWeight.Bolder },
                        new AdaptiveTextRun(" · " + role) { IsSubtle = true },
                    },
                },
            },
        };
        List<AdaptiveExecuteAction> buttons = row.FromConfiguration ? [] : Buttons(row);
        if (buttons.Count > 0)
        {
            container.Items.Add(new AdaptiveActionSet { Actions = [.. buttons] });
        }
        return container;
    }

    // A role is only given to someone in this conversation (the Connector vouches for them); taking one away needs no more.
    private static List<AdaptiveExecuteAction> Buttons(PeopleCardRow row)
    {
        bool here = row.MemberId is not null;
        ChangeRoleActionData To(TenantRole role) => new(row.AadObjectId, role) { MemberId = row.MemberId };
        return row.Role switch
        {
            TenantRole.Admin => [To(TenantRole.Invoicer).ToExecuteAction("Make invoicer only"), To(TenantRole.Member).ToExecuteAction("Remove admin")],
            TenantRole.Invoicer when here => [To(TenantRole.Admin).ToExecuteAction("Make admin"), To(TenantRole.Member).ToExecuteAction("Remove invoicer")],
            TenantRole.Invoicer => [To(TenantRole.Member).ToExecuteAction("Remove invoicer")],
            _ when here => [To(TenantRole.Invoicer).ToExecuteAction("Make invoicer"), To(TenantRole.Admin).ToExecuteAction("Make admin")],
            _ => [],
        };
    }
}
