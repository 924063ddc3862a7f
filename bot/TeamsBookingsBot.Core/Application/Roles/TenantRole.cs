namespace TeamsBookingsBot.Application.Roles;

/// <summary>What a person may do in a tenant. Anyone in a conversation with the bot may list; an admin may also invoice.</summary>
public enum TenantRole
{
    Member = 0,
    Invoicer = 1,
    Admin = 2,
}
