using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>The refusal card for a <see cref="RoleDecision"/>: why, in the user's words, and the tenant's admins by name.</summary>
internal sealed class RoleRefusal(ITenantRoleStore store, FirstAdminPolicy policy)
{
    public async Task<AdaptiveCard> BuildAsync(RoleDecision decision, CancellationToken ct)
    {
        if (decision.Person is not { } person)
        {
            return RoleRefusalCard.Build(new RoleRefusalCardModel(
                "Teams didn't tell me who you are, so I can't let you do this.", "Open the bot in Microsoft Teams and try again.", [], 0));
        }
        IReadOnlyList<TenantRoleHolder> admins = [.. (await store.ListAsync(person.TenantId, ct)).Where(h => h.Role == TenantRole.Admin)];
        List<string> named = [.. admins.Select(a => a.DisplayName).OfType<string>().Where(n => n.Trim().Length > 0)];
        string ask = admins.Count > 0
            ? decision.Required == TenantRole.Invoicer ? "Ask an admin to make you an invoicer:" : "Ask an admin:"
            : policy.AdminsFromConfiguration
                ? "The bot's admins are named in its configuration (Bot:Admins): ask whoever installed the bot."
                : "Nobody is admin here yet: the first person to complete the setup becomes the admin.";
        return RoleRefusalCard.Build(new RoleRefusalCardModel(Why(decision.Action), ask, named, admins.Count - named.Count));
    }

    /// <summary>The short answer for Action.Execute, beside the posted card.</summary>
    public static string Acknowledgement(RoleDecision decision) => Why(decision.Action);

    private static string Why(RoleAction action) => action switch
    {
        RoleAction.Preview or RoleAction.Confirm or RoleAction.InvoiceAll => "Only invoicers can preview and create invoices here.",
        RoleAction.Mark => "Only invoicers can mark bookings as invoiced.",
        RoleAction.Exclude => "Only invoicers can exclude bookings from invoicing.",
        RoleAction.Undo => "Only invoicers can undo a draft invoice.",
        RoleAction.Export => "Only invoicers can export the audit log.",
        RoleAction.People => "Only admins can change who may invoice.",
        _ => "Only admins can change the bot's setup.",
    };
}
