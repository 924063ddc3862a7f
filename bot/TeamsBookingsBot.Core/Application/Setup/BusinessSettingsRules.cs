using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Setup;

/// <summary>
/// What a saved setup must satisfy, checked without calling anything: one plain sentence per field that is wrong.
/// Lengths are Business Central's (Code[20] numbers, environment names of at most 30 characters).
/// </summary>
public static class BusinessSettingsRules
{
    public const int MinSyncIntervalMinutes = 5;
    public const int MaxSyncIntervalMinutes = 24 * 60;
    public const int MaxCodeLength = 20;
    public const int MaxEnvironmentLength = 30;
    public const int MaxCompanyNameLength = 30;
    public const int MaxDisplayNameLength = 100;
    public static readonly TimeSpan MaxCompletionGrace = TimeSpan.FromHours(24);

    public static IReadOnlyDictionary<BusinessSettingField, string> Check(BusinessSettings s)
    {
        var errors = new Dictionary<BusinessSettingField, string>();
        if (s.DisplayName is { Length: > MaxDisplayNameLength })
        {
            errors[BusinessSettingField.DisplayName] = $"Use at most {MaxDisplayNameLength} characters.";
        }
        if (TimeZoneResolver.Resolve(s.TimeZoneId) is TimeZoneResolution.Unknown)
        {
            errors[BusinessSettingField.TimeZone] = "This is not a time zone I know. Use a name such as Europe/London or Pacific Standard Time.";
        }
        if (s.CurrencyCode is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            errors[BusinessSettingField.Currency] = "Use a three-letter currency code such as USD or EUR.";
        }
        if (s.SyncIntervalMinutes is < MinSyncIntervalMinutes or > MaxSyncIntervalMinutes)
        {
            errors[BusinessSettingField.SyncInterval] =
                $"Sync every {MinSyncIntervalMinutes} to {MaxSyncIntervalMinutes} minutes (once a day at most rarely).";
        }
        if (s.CompletionGrace < TimeSpan.Zero || s.CompletionGrace > MaxCompletionGrace)
        {
            errors[BusinessSettingField.CompletionGrace] = "The grace period is 0 to 1,440 minutes.";
        }
        CheckCode(errors, BusinessSettingField.CustomerTemplate, s.CustomerTemplate, "customer number");
        CheckCode(errors, BusinessSettingField.ItemTemplate, s.ItemTemplate, "item number");
        CheckBusinessCentral(errors, s);
        CheckNoShowFee(errors, s.NoShowFee);
        return errors;
    }

    private static void CheckBusinessCentral(Dictionary<BusinessSettingField, string> errors, BusinessSettings s)
    {
        if (s.BusinessCentral is not { } company)
        {
            errors[BusinessSettingField.BusinessCentralCompany] = "Pick the Business Central company this business invoices into.";
            return;
        }
        if (string.IsNullOrWhiteSpace(company.Environment) || company.Environment.Length > MaxEnvironmentLength
            || !company.Environment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors[BusinessSettingField.BusinessCentralEnvironment] =
                "Type the environment's name as the Business Central admin center shows it, e.g. Production (letters, digits, - and _).";
        }
        if (company.CompanyId is null && string.IsNullOrWhiteSpace(company.CompanyName))
        {
            errors[BusinessSettingField.BusinessCentralCompany] = "Pick the Business Central company this business invoices into.";
        }
        else if (company.CompanyName is { Length: > MaxCompanyNameLength })
        {
            errors[BusinessSettingField.BusinessCentralCompany] = $"Business Central company names have at most {MaxCompanyNameLength} characters.";
        }
    }

    private static void CheckNoShowFee(Dictionary<BusinessSettingField, string> errors, NoShowFee? fee)
    {
        if (fee is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(fee.ItemNumber) || fee.ItemNumber.Length > MaxCodeLength)
        {
            errors[BusinessSettingField.NoShowFee] = $"Type the number of the item the no-show fee is billed on (at most {MaxCodeLength} characters).";
        }
        else if (fee.Kind == NoShowFeeKind.PercentageOfPrice && fee.Value is <= 0 or > 100)
        {
            errors[BusinessSettingField.NoShowFee] = "A percentage fee is more than 0 and at most 100.";
        }
        else if (fee.Kind == NoShowFeeKind.FixedAmount && fee.Value is <= 0 or > 1_000_000m)
        {
            errors[BusinessSettingField.NoShowFee] = "A fixed fee is an amount more than 0.";
        }
    }

    private static void CheckCode(Dictionary<BusinessSettingField, string> errors, BusinessSettingField field, string? code, string what)
    {
        if (code is { Length: > MaxCodeLength })
        {
            errors[field] = $"A Business Central {what} has at most {MaxCodeLength} characters.";
        }
    }
}
