namespace TeamsBookingsBot.Application.Roles;

/// <summary>Who is admin or invoicer in each tenant (people not stored are members).</summary>
public interface ITenantRoleStore
{
    Task<TenantRole> GetRoleAsync(string tenantId, string aadObjectId, CancellationToken ct);

    /// <summary>Makes <paramref name="aadObjectId"/> admin only when the tenant has no admin yet, atomically: true when it did.</summary>
    Task<bool> TryClaimFirstAdminAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct);

    /// <summary>The tenant's admins and invoicers: admins first, then by name.</summary>
    Task<IReadOnlyList<TenantRoleHolder>> ListAsync(string tenantId, CancellationToken ct);

    /// <summary>
    /// Makes a person an admin named in configuration (<c>Bot:Admins</c>): such a row cannot be changed from Teams.
    /// A known display name is kept when <paramref name="displayName"/> is null.
    /// </summary>
    Task SeedConfiguredAdminAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct);

    /// <summary>
    /// Gives a person <paramref name="role"/> (<see cref="TenantRole.Member"/> removes their row). Refused, changing nothing,
    /// when it would leave the tenant without an admin or the person's role comes from configuration.
    /// </summary>
    Task<TenantRoleChangeOutcome> ChangeRoleAsync(TenantRoleChange change, CancellationToken ct);
}
