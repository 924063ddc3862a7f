using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Roles;
using ConversationReference = TeamsBookingsBot.Application.Ports.ConversationReference;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Install, uninstall and "bot added/removed": keeps the conversation reference the daily digest needs
/// (protocol spec §3.3), lets the first-admin rules see the person (<see cref="FirstAdminPolicy"/>) and greets a new
/// conversation once with the welcome card.
/// </summary>
internal sealed class ConversationLifecycleHandler(
    IConversationReferenceStore references, FirstAdminPolicy firstAdmins, TimeProvider time, SandboxMode sandbox,
    ILogger<ConversationLifecycleHandler> logger)
{
    public Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken ct) => turn.Activity.Action?.ToLowerInvariant() switch
    {
        "add" => CaptureAsync(turn, greet: true, ct),
        "add-upgrade" => CaptureAsync(turn, greet: false, ct),
        "remove" or "remove-upgrade" => RevokeAsync(turn, ct),
        _ => Task.CompletedTask,
    };

    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        string? botId = turn.Activity.Recipient?.Id;
        if (botId is null)
        {
            return;
        }
        if (turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await CaptureAsync(turn, greet: true, ct);
        }
        else if (turn.Activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await RevokeAsync(turn, ct);
        }
    }

    private async Task CaptureAsync(TurnContext turn, bool greet, CancellationToken ct)
    {
        Activity activity = turn.Activity;
        // Teams (and the Agents Playground) send installationUpdate and conversationUpdate for one install, in either
        // order and possibly at once: the store says which of them started the installation, so only one greets.
        bool isNew = await references.UpsertAsync(ToReference(turn), ct);
        // Installing is using the bot: in the sandbox the first person of a tenant becomes its admin here, before the welcome.
        RolePerson? person = RolePerson.From(turn);
        bool isAdmin = await firstAdmins.OnUseAsync(person, ct) || await firstAdmins.IsAdminAsync(person, ct);
        TeamsLog.ConversationCaptured(logger, turn.ConversationId, activity.Conversation?.ConversationType ?? "personal", isNew);
        if (greet && isNew)
        {
            // The admin, or the person whose first setup would make them admin, is led to the setup.
            bool offersSetup = isAdmin || (person is not null && await firstAdmins.SetupClaimsFirstAdminAsync(person.TenantId, ct));
            await turn.SendCardAsync(WelcomeCard.Build(new WelcomeCardModel(GivenName(activity), sandbox.Enabled, offersSetup)), ct);
        }
    }

    private async Task RevokeAsync(TurnContext turn, CancellationToken ct)
    {
        bool revoked = await references.RevokeAsync(turn.TenantId ?? "", turn.ConversationId, time.GetUtcNow(), ct);
        TeamsLog.ConversationRevoked(logger, turn.ConversationId, revoked);
    }

    private ConversationReference ToReference(TurnContext turn)
    {
        Activity activity = turn.Activity;
        TeamsChannelData channelData = TeamsChannelData.From(activity.ChannelData);
        string conversationType = activity.Conversation?.ConversationType ?? "personal";
        DateTimeOffset now = time.GetUtcNow();
        return new ConversationReference
        {
            ConversationId = turn.ConversationId,
            ConversationType = conversationType,
            ServiceUrl = activity.ServiceUrl!,
            TenantId = turn.TenantId ?? "",
            BotId = activity.Recipient?.Id ?? "",
            BotName = activity.Recipient?.Name,
            UserAadObjectId = conversationType == "personal" ? activity.From?.AadObjectId : null,
            TeamId = channelData.TeamId,
            ChannelId = channelData.SelectedChannelId ?? channelData.ChannelId,
            Locale = activity.Locale,
            LastActivityId = activity.Id,
            InstalledUtc = now,
            UpdatedUtc = now,
        };
    }

    private static string? GivenName(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal"
            ? activity.From?.Name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            : null;
}
