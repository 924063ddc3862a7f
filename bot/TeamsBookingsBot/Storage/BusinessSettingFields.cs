using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Field by field access to <see cref="BusinessSettings"/>, so a save can tell which configured values an admin changed
/// and a re-seed can copy only the fields still set in configuration.
/// </summary>
internal static class BusinessSettingFields
{
    public static IReadOnlyList<BusinessSettingField> All { get; } = Enum.GetValues<BusinessSettingField>();

    public static bool SameValue(BusinessSettings a, BusinessSettings b, BusinessSettingField field) =>
        Equals(Value(a, field), Value(b, field));

    /// <summary><paramref name="target"/> with <paramref name="field"/> taken from <paramref name="source"/>.</summary>
    public static BusinessSettings Copy(BusinessSettings target, BusinessSettings source, BusinessSettingField field) => field switch
    {
        BusinessSettingField.DisplayName => target with { DisplayName = source.DisplayName },
        BusinessSettingField.TimeZone => target with { TimeZoneId = source.TimeZoneId },
        BusinessSettingField.Currency => target with { CurrencyCode = source.CurrencyCode },
        BusinessSettingField.SyncInterval => target with { SyncIntervalMinutes = source.SyncIntervalMinutes },
        BusinessSettingField.CompletionRule => target with { CompletionRule = source.CompletionRule },
        BusinessSettingField.CompletionGrace => target with { CompletionGrace = source.CompletionGrace },
        BusinessSettingField.SyncCustomers => target with { SyncCustomers = source.SyncCustomers },
        BusinessSettingField.CustomerTemplate => target with { CustomerTemplate = source.CustomerTemplate },
        BusinessSettingField.SyncServices => target with { SyncServices = source.SyncServices },
        BusinessSettingField.ItemTemplate => target with { ItemTemplate = source.ItemTemplate },
        BusinessSettingField.BusinessCentralEnvironment => target with
        {
            BusinessCentral = source.BusinessCentral is null && target.BusinessCentral is null
                ? null
                : new BcCompanyRef(source.BusinessCentral?.Environment ?? "", target.BusinessCentral?.CompanyId, target.BusinessCentral?.CompanyName),
        },
        BusinessSettingField.BusinessCentralCompany => target with
        {
            BusinessCentral = source.BusinessCentral is null && target.BusinessCentral is null
                ? null
                : new BcCompanyRef(target.BusinessCentral?.Environment ?? source.BusinessCentral!.Environment, source.BusinessCentral?.CompanyId, source.BusinessCentral?.CompanyName),
        },
        BusinessSettingField.NoShowFee => target with { NoShowFee = source.NoShowFee },
        BusinessSettingField.GroupBilling => target with { GroupBilling = source.GroupBilling },
        BusinessSettingField.AllowCreateCustomers => target with { AllowCreateCustomers = source.AllowCreateCustomers },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The names stored in <c>from_configuration</c>, in enum order.</summary>
    public static string Format(IReadOnlySet<BusinessSettingField> fields) =>
        string.Join(',', All.Where(fields.Contains));

    public static HashSet<BusinessSettingField> Parse(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BusinessSettingField>)];

    private static object? Value(BusinessSettings s, BusinessSettingField field) => field switch
    {
        BusinessSettingField.DisplayName => s.DisplayName,
        BusinessSettingField.TimeZone => s.TimeZoneId,
        BusinessSettingField.Currency => s.CurrencyCode,
        BusinessSettingField.SyncInterval => s.SyncIntervalMinutes,
        BusinessSettingField.CompletionRule => s.CompletionRule,
        BusinessSettingField.CompletionGrace => s.CompletionGrace,
        BusinessSettingField.SyncCustomers => s.SyncCustomers,
        BusinessSettingField.CustomerTemplate => s.CustomerTemplate,
        BusinessSettingField.SyncServices => s.SyncServices,
        BusinessSettingField.ItemTemplate => s.ItemTemplate,
        BusinessSettingField.BusinessCentralEnvironment => s.BusinessCentral?.Environment,
        BusinessSettingField.BusinessCentralCompany => (s.BusinessCentral?.CompanyId, s.BusinessCentral?.CompanyName),
        BusinessSettingField.NoShowFee => s.NoShowFee,
        BusinessSettingField.GroupBilling => s.GroupBilling,
        BusinessSettingField.AllowCreateCustomers => s.AllowCreateCustomers,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
