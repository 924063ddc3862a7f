using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// Writes <c>Bot:Admins</c> as admins of the configured tenant at start-up, so the refusal card can point at them before
/// they have used the bot (their names come with their first use). Registered after storage, whose hosted service
/// migrates first. Without a configured tenant they are written in the tenant where they first use the bot.
/// </summary>
internal sealed class ConfiguredAdminsSeeding(ConfiguredAdmins admins, ITenantRoleStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (admins.TenantId is not { } tenant)
        {
            return;
        }
        foreach (string admin in admins.Ids)
        {
            await store.SeedConfiguredAdminAsync(tenant, admin, null, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
