namespace TeamsBookingsBot.Application.Roles;

/// <summary>Who is admin or invoicer in each tenant (people not stored are members).</summary>
public interface ITenantRoleStore
{
    Task<TenantRole> GetRoleAsync(string tenantId, string aadObjectId, CancellationToken ct);

    /// <summary>Makes <paramref name="aadObjectId"/> admin only when the tenant has no admin yet, atomically: true when it did.</summary>
    Task<bool> TryClaimFirstAdminAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct);
}
