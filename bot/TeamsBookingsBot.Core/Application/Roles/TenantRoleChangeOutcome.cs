namespace TeamsBookingsBot.Application.Roles;

/// <summary>What <see cref="ITenantRoleStore.ChangeRoleAsync"/> did.</summary>
public enum TenantRoleChangeOutcome
{
    Changed,

    /// <summary>The person already had the role: nothing written.</summary>
    Unchanged,

    /// <summary>Refused: the tenant would have no admin left.</summary>
    LastAdmin,

    /// <summary>Refused: the person is an admin named in configuration (<c>Bot:Admins</c>).</summary>
    FromConfiguration,
}
