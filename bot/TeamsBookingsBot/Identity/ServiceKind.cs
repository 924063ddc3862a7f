namespace TeamsBookingsBot.Identity;

/// <summary>The remote services the bot calls as an app (service to service), each with its own credential and scope.</summary>
public enum ServiceKind
{
    Graph,
    BusinessCentral,
}
