namespace TeamsBookingsBot.Application.Setup;

/// <summary>The fields of <see cref="BusinessSettings"/> an admin edits on the setup card, named for "set in configuration" marks.</summary>
public enum BusinessSettingField
{
    DisplayName,
    TimeZone,
    Currency,
    SyncInterval,
    CompletionRule,
    CompletionGrace,
    SyncCustomers,
    CustomerTemplate,
    SyncServices,
    ItemTemplate,
    BusinessCentralEnvironment,
    BusinessCentralCompany,
    NoShowFee,
    GroupBilling,
    AllowCreateCustomers,
}
