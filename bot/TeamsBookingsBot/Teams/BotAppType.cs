namespace TeamsBookingsBot.Teams;

/// <summary>The Bot Framework SDK's <c>MicrosoftAppType</c> values.</summary>
public enum BotAppType
{
    SingleTenant,
    UserAssignedMSI,
    MultiTenant,
}
