namespace TeamsBookingsBot.Application.Roles;

/// <summary>An admin's change of one person's role in a tenant; <paramref name="ChangedBy"/> is the admin's object id.</summary>
public sealed record TenantRoleChange(string TenantId, string AadObjectId, string? DisplayName, TenantRole Role, string ChangedBy);
