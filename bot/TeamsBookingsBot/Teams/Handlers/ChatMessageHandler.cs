using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Roles;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Typed text: understood commands go to their handler, anything else gets the help card with the closest
/// suggestions. The bot never stays silent; a command the person's role does not allow gets the refusal card.
/// </summary>
internal sealed class ChatMessageHandler(
    IEnumerable<IChatCommandHandler> handlers, TimeProvider time, BusinessTimeZone businessZone, RoleCheck roles, RoleRefusal refusals,
    FirstAdminPolicy admins)
{
    // The last registration for a command type wins, as with any DI service.
    private readonly Dictionary<Type, IChatCommandHandler> byType = handlers.GroupBy(h => h.CommandType).ToDictionary(g => g.Key, g => g.Last());

    public async Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        string text = turn.Activity.GetTextWithoutMentions() ?? "";
        // "Today" is the user's date when Teams tells their zone; the days a phrase names are the business's.
        TimeZoneInfo zone = await businessZone.ZoneAsync(turn.TenantId, ct);
        TimeZoneInfo userZone = TimeZoneResolver.ResolveFirst(turn.Activity.LocalTimezone, zone.Id);
        ChatCommand command = ChatCommandParser.Parse(text, time.GetUtcNow(), userZone, zone);
        // The one role check, before any handler runs (help and unknown text included, so the first-admin rules see every use).
        RoleDecision decision = await roles.CheckAsync(turn, RoleActions.Of(command), ct);
        if (!decision.Allowed)
        {
            await turn.SendCardAsync(await refusals.BuildAsync(decision, ct), ct);
            return;
        }
        switch (command)
        {
            case ChatCommand.Help:
                await turn.SendCardAsync(HelpCard.Build(HelpCardModel.Plain with { ForAdmin = await admins.IsAdminAsync(decision.Person, ct) }), ct);
                return;
            case ChatCommand.Unknown unknown:
                await turn.SendCardAsync(HelpCard.Build(HelpCardModel.NotUnderstood(unknown.Text, unknown.Suggestions)), ct);
                return;
        }
        if (byType.TryGetValue(command.GetType(), out IChatCommandHandler? handler))
        {
            await handler.HandleAsync(turn, command, ct);
            return;
        }
        await turn.SendCardAsync(HelpCard.Build(HelpCardModel.Plain), ct);
    }
}
