namespace TeamsBookingsBot.Diagnostics;

internal static partial class SetupLog
{
    [LoggerMessage(EventId = 9401, Level = LogLevel.Information,
        Message = "Business settings seeded from configuration for tenant {TenantId}: {Added} added, {Updated} updated, {Removed} removed")]
    public static partial void BusinessSettingsSeeded(this ILogger logger, string tenantId, int added, int updated, int removed);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Warning,
        Message = "Configured Bookings business {BusinessId} is already set up in another tenant; its stored settings are left as they are")]
    public static partial void ConfiguredBusinessOwnedElsewhere(this ILogger logger, string businessId);

    [LoggerMessage(EventId = 9403, Level = LogLevel.Warning,
        Message = "Graph:Businesses lists {Count} businesses but no tenant is configured (MicrosoftAppTenantId, or the sandbox): they are not set up; set MicrosoftAppTenantId or set them up from Teams")]
    public static partial void ConfiguredBusinessesWithoutTenant(this ILogger logger, int count);
}
