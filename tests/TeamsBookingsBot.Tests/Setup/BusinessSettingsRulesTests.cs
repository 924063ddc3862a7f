using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Setup;

public sealed class BusinessSettingsRulesTests
{
    private static readonly BusinessSettings Good = new()
    {
        TenantId = "t",
        BusinessId = "salon@contoso.com",
        TimeZoneId = "Pacific Standard Time",
        CurrencyCode = "USD",
        BusinessCentral = new BcCompanyRef("Production", null, "CRONUS"),
        NoShowFee = new NoShowFee("S-FEE", NoShowFeeKind.PercentageOfPrice, 100m),
    };

    public static TheoryData<string, BusinessSettings, BusinessSettingField> Wrong => new()
    {
        { "unknown zone", Good with { TimeZoneId = "Atlantis/Central" }, BusinessSettingField.TimeZone },
        { "lower-case currency", Good with { CurrencyCode = "usd" }, BusinessSettingField.Currency },
        { "sync every 4 minutes", Good with { SyncIntervalMinutes = 4 }, BusinessSettingField.SyncInterval },
        { "sync every 2 days", Good with { SyncIntervalMinutes = 2881 }, BusinessSettingField.SyncInterval },
        { "negative grace", Good with { CompletionGrace = TimeSpan.FromMinutes(-1) }, BusinessSettingField.CompletionGrace },
        { "grace over a day", Good with { CompletionGrace = TimeSpan.FromHours(25) }, BusinessSettingField.CompletionGrace },
        { "customer template over Code[20]", Good with { CustomerTemplate = new string('C', 21) }, BusinessSettingField.CustomerTemplate },
        { "item template over Code[20]", Good with { ItemTemplate = new string('I', 21) }, BusinessSettingField.ItemTemplate },
        { "no company", Good with { BusinessCentral = null }, BusinessSettingField.BusinessCentralCompany },
        { "environment with a slash", Good with { BusinessCentral = new BcCompanyRef("Prod/../x", null, "CRONUS") }, BusinessSettingField.BusinessCentralEnvironment },
        { "percentage over 100", Good with { NoShowFee = new NoShowFee("S-FEE", NoShowFeeKind.PercentageOfPrice, 101m) }, BusinessSettingField.NoShowFee },
        { "zero fixed fee", Good with { NoShowFee = new NoShowFee("S-FEE", NoShowFeeKind.FixedAmount, 0m) }, BusinessSettingField.NoShowFee },
        { "fee without item", Good with { NoShowFee = new NoShowFee(" ", NoShowFeeKind.FixedAmount, 10m) }, BusinessSettingField.NoShowFee },
        { "name over 100", Good with { DisplayName = new string('n', 101) }, BusinessSettingField.DisplayName },
    };

    [Fact]
    public void Check_GoodSettings_NoErrors() => Assert.Empty(BusinessSettingsRules.Check(Good));

    [Theory]
    [MemberData(nameof(Wrong))]
    public void Check_OneFieldWrong_ExactlyThatFieldHasASentence(string why, BusinessSettings settings, BusinessSettingField field)
    {
        IReadOnlyDictionary<BusinessSettingField, string> errors = BusinessSettingsRules.Check(settings);

        Assert.True(errors.Count == 1 && errors.ContainsKey(field), $"{why}: {string.Join("; ", errors)}");
        Assert.EndsWith(".", errors[field], StringComparison.Ordinal);
    }
}
