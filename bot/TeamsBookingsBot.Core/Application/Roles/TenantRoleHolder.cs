namespace TeamsBookingsBot.Application.Roles;

/// <summary>
/// A stored role. <paramref name="DisplayName"/> is the name Teams last sent for the person (untrusted, shown as typed);
/// null for an admin named in configuration who has not used the bot yet.
/// </summary>
public sealed record TenantRoleHolder(string AadObjectId, string? DisplayName, TenantRole Role, bool FromConfiguration);
