using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Hosting;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>
/// Who becomes a tenant's first admin, in one place. When <c>Bot:Admins</c> names anyone, only those are admins from
/// configuration (in the configured tenant <c>MicrosoftAppTenantId</c>, or in whichever tenant they use the bot when none
/// is configured) and nobody claims. Otherwise the person who completes the tenant's first setup becomes admin
/// (<see cref="OnSetupSavedAsync"/>), and with the sandbox on the first person who uses the bot in a tenant that has no
/// admin yet, so a try-out takes no set-up. Every admin made here is audited.
/// </summary>
internal sealed class FirstAdminPolicy(ITenantRoleStore store, IAuditLog audit, ConfiguredAdmins configured, SandboxMode sandbox, TimeProvider time)
{
    // A tenant that has an admin keeps one (the last admin cannot be removed), so "has an admin" is remembered for good:
    // a turn in such a tenant costs no query here. Configured admins are written once per process.
    private readonly ConcurrentDictionary<string, bool> tenantsWithAdmin = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string, string), bool> seeded = new();

    /// <summary><c>Bot:Admins</c> names someone: only they are admins, nobody claims.</summary>
    public bool AdminsFromConfiguration => configured.Any;

    /// <summary>The person's role after the rules above have had their say for this turn.</summary>
    public async Task<TenantRole> RoleOfAsync(RolePerson? person, CancellationToken ct)
    {
        if (person is null)
        {
            return TenantRole.Member;
        }
        return await OnUseAsync(person, ct) ? TenantRole.Admin : await store.GetRoleAsync(person.TenantId, person.AadObjectId, ct);
    }

    /// <summary>Whether the help card should teach this person the setup.</summary>
    public async Task<bool> IsAdminAsync(RolePerson? person, CancellationToken ct) =>
        await RoleOfAsync(person, ct) == TenantRole.Admin;

    /// <summary>
    /// Applies the rules to a person using the bot (any command or button): a configured admin's row is written with their
    /// name, and in the sandbox the first person of a tenant without an admin claims it. True when the person is admin by
    /// these rules. Costs no query once the tenant is known to have an admin.
    /// </summary>
    public async Task<bool> OnUseAsync(RolePerson? person, CancellationToken ct)
    {
        if (person is null)
        {
            return false;
        }
        if (configured.Names(person))
        {
            await SeedOnFirstUseAsync(person, ct);
            return true;
        }
        return sandbox.Enabled && !AdminsFromConfiguration && !await HasAdminAsync(person.TenantId, ct)
            && await ClaimAsync(person, "the first person to use the bot in the sandbox", ct);
    }

    /// <summary>Setup may be saved by anyone while it would make them the tenant's first admin.</summary>
    public async Task<bool> SetupClaimsFirstAdminAsync(string tenantId, CancellationToken ct) =>
        !AdminsFromConfiguration && !await HasAdminAsync(tenantId, ct);

    /// <summary>
    /// Called by the setup card when a setup is saved: the first person to complete a tenant's setup becomes its admin,
    /// unless <c>Bot:Admins</c> names the admins. True when this made them admin.
    /// </summary>
    public async Task<bool> OnSetupSavedAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct) =>
        await SetupClaimsFirstAdminAsync(tenantId, ct)
        && await ClaimAsync(new RolePerson(tenantId, aadObjectId, displayName, ""), "completed the first setup", ct);

    private async Task SeedOnFirstUseAsync(RolePerson person, CancellationToken ct)
    {
        if (!seeded.TryAdd((person.TenantId.ToLowerInvariant(), person.AadObjectId.ToLowerInvariant()), true))
        {
            return;
        }
        bool wasAdmin = await store.GetRoleAsync(person.TenantId, person.AadObjectId, ct) == TenantRole.Admin;
        await store.SeedConfiguredAdminAsync(person.TenantId, person.AadObjectId, person.DisplayName, ct);
        tenantsWithAdmin[person.TenantId] = true;
        if (!wasAdmin)
        {
            await WriteAuditAsync(person, "role.admin-from-configuration", "named in Bot:Admins", ct);
        }
    }

    private async Task<bool> HasAdminAsync(string tenantId, CancellationToken ct)
    {
        if (tenantsWithAdmin.TryGetValue(tenantId, out bool has) && has)
        {
            return true;
        }
        bool found = (await store.ListAsync(tenantId, ct)).Any(h => h.Role == TenantRole.Admin);
        if (found)
        {
            tenantsWithAdmin[tenantId] = true;
        }
        return found;
    }

    private async Task<bool> ClaimAsync(RolePerson person, string why, CancellationToken ct)
    {
        bool claimed = await store.TryClaimFirstAdminAsync(person.TenantId, person.AadObjectId, person.DisplayName, ct);
        tenantsWithAdmin[person.TenantId] = true;
        if (claimed)
        {
            await WriteAuditAsync(person, "role.first-admin", $"became the tenant's first admin: {why}", ct);
        }
        return claimed;
    }

    private Task WriteAuditAsync(RolePerson person, string action, string details, CancellationToken ct) =>
        audit.WriteAsync(new AuditEntry(time.GetUtcNow(), person.AadObjectId, action, person.TenantId, person.ConversationId, null,
            details, person.DisplayName), ct);
}
