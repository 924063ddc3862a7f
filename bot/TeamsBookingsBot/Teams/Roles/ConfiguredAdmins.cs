using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// <c>Bot:Admins</c>: Entra object ids of admins named in configuration, admins of the configured tenant
/// (<c>MicrosoftAppTenantId</c>), or of whichever tenant they use the bot in when no tenant is configured.
/// </summary>
internal sealed class ConfiguredAdmins(IOptions<BotOptions> bot, IOptions<BotIdentityOptions> identity)
{
    public IReadOnlySet<string> Ids { get; } = bot.Value.Admins
        .Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public string? TenantId { get; } = string.IsNullOrWhiteSpace(identity.Value.MicrosoftAppTenantId) ? null : identity.Value.MicrosoftAppTenantId.Trim();

    /// <summary>Anyone is named: then only they are admins from configuration, and nobody claims.</summary>
    public bool Any => Ids.Count > 0;

    public bool Names(RolePerson person) =>
        Ids.Contains(person.AadObjectId) && (TenantId is null || string.Equals(TenantId, person.TenantId, StringComparison.OrdinalIgnoreCase));
}
