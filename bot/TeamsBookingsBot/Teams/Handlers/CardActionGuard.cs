using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Invoicing;
using TeamsBookingsBot.Teams.Roles;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// The one check every button press passes before its handler runs: what the card points at
/// (<see cref="CardActionTargets"/>) must have been made in this tenant and conversation, which come from the
/// authenticated activity, never from the card. Card data is untrusted: ids that match nothing stored, or a business,
/// booking or draft that is not part of what the card was made from, are answered like an expired card. Then the one
/// role check (<see cref="RoleCheck"/>): the person pressing must have the role the button's action needs, whoever made the card.
/// </summary>
internal sealed class CardActionGuard(
    IInvoiceRunStore runs, IListSnapshotStore lists, IBusinessAccess businesses, RoleCheck roles, ILogger<CardActionGuard> logger)
{
    public async Task<CardActionVerdict> CheckAsync(TurnContext turn, CardActionData data, CancellationToken ct)
    {
        CardActionTargets targets = CardActionTargets.Of(data);
        if (!targets.TouchesNothing)
        {
            (CardActionCheck check, string reason) = await DecideAsync(InvoicingActors.From(turn), targets, ct);
            if (check != CardActionCheck.Allowed)
            {
                TeamsLog.CardActionRefused(logger, data.Verb, check.ToString(), reason);
                return new CardActionVerdict(check, null);
            }
        }
        RoleDecision role = await roles.CheckAsync(turn, RoleActions.Of(data), ct);
        return role.Allowed ? CardActionVerdict.Allowed : new CardActionVerdict(CardActionCheck.RoleRefused, role);
    }

    private async Task<(CardActionCheck, string)> DecideAsync(InvoicingActor asking, CardActionTargets targets, CancellationToken ct)
    {
        if (targets is { BusinessOnly: true, BusinessId: { } picked })
        {
            return await businesses.ServesAsync(asking.TenantId, picked, ct)
                ? (CardActionCheck.Allowed, "")
                : (CardActionCheck.NotFromThisChat, "the business is not served for this tenant");
        }
        if (targets.MadeFrom is not { } madeFrom)
        {
            return (CardActionCheck.OutOfDate, "the card names no stored run or list");
        }
        Origin? origin = await FindAsync(madeFrom, targets.RunOnly, ct);
        if (origin is null)
        {
            return (CardActionCheck.OutOfDate, "no stored run or list has the card's id");
        }
        if (!origin.MadeBy.IsSameChatAs(asking))
        {
            return (CardActionCheck.NotFromThisChat, "the card was made in another conversation or tenant");
        }
        if (!await businesses.ServesAsync(asking.TenantId, origin.BusinessId, ct))
        {
            return (CardActionCheck.NotFromThisChat, "the business is not served for this tenant");
        }
        if (targets.BusinessId is { } named && !string.Equals(named, origin.BusinessId, StringComparison.OrdinalIgnoreCase))
        {
            return (CardActionCheck.OutOfDate, "the card names another business than it was made for");
        }
        if (targets.AppointmentIds.Count > 0 && !await HoldsAsync(origin, targets.AppointmentIds, ct))
        {
            return (CardActionCheck.OutOfDate, "the card names bookings that are not part of what it was made for");
        }
        if (!targets.InvoiceIds.All(origin.Invoices.Contains))
        {
            return (CardActionCheck.OutOfDate, "the card names drafts its run did not create");
        }
        return (CardActionCheck.Allowed, "");
    }

    private async Task<Origin?> FindAsync(Guid id, bool runOnly, CancellationToken ct)
    {
        if (await runs.GetAsync(id, ct) is { } run)
        {
            return new Origin(run.Actor, run.Selection.BusinessId, run.Selection.AppointmentIds,
                (run.Result?.Created.Select(c => c.InvoiceId) ?? []).ToHashSet());
        }
        return !runOnly && await lists.GetAsync(id, ct) is { } list
            ? new Origin(list.MadeBy, list.BusinessId, null, new HashSet<Guid>())
            : null;
    }

    // A run knows the bookings it was planned for; a list card is checked against the business's bookings.
    private Task<bool> HoldsAsync(Origin origin, IReadOnlyList<string> ids, CancellationToken ct) =>
        origin.Appointments is { } planned
            ? Task.FromResult(ids.All(new HashSet<string>(planned, StringComparer.Ordinal).Contains))
            : businesses.HoldsAppointmentsAsync(origin.BusinessId, ids, ct);

    private sealed record Origin(InvoicingActor MadeBy, string BusinessId, IReadOnlyList<string>? Appointments, IReadOnlySet<Guid> Invoices);
}
