using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Setup;

namespace TeamsBookingsBot.Setup;

public sealed class SetupFormReaderTests
{
    private static readonly Guid Cronus = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static readonly BusinessSettings Stored = new()
    {
        TenantId = "t",
        BusinessId = "salon@contoso.com",
        DisplayName = "Salon",
        SyncIntervalMinutes = 15,
        BusinessCentral = new BcCompanyRef("Production", Cronus, "CRONUS"),
        NoShowFee = new NoShowFee("S-FEE", NoShowFeeKind.FixedAmount, 20m),
        Version = 3,
    };

    [Fact]
    public void Read_EveryInput_BecomesTheSettings()
    {
        var inputs = new Dictionary<string, string>
        {
            [SetupInputIds.DisplayName] = "  Contoso Salon ",
            [SetupInputIds.TimeZone] = "Europe/Paris",
            [SetupInputIds.Currency] = "eur",
            [SetupInputIds.SyncInterval] = "30",
            [SetupInputIds.CompletionRule] = "StartedBeforeNow",
            [SetupInputIds.CompletionGrace] = "10",
            [SetupInputIds.SyncCustomers] = "true",
            [SetupInputIds.CustomerTemplate] = "C-TPL",
            [SetupInputIds.SyncServices] = "false",
            [SetupInputIds.ItemTemplate] = "",
            [SetupInputIds.Environment] = "Production",
            [SetupInputIds.Company] = Cronus.ToString(),
            [SetupInputIds.NoShowKind] = "PercentageOfPrice",
            [SetupInputIds.NoShowItem] = "S-FEE",
            [SetupInputIds.NoShowValue] = "50",
            [SetupInputIds.GroupBilling] = "FirstCustomerPaysAll",
            [SetupInputIds.AllowCreateCustomers] = "true",
        };

        (BusinessSettings read, IReadOnlyDictionary<BusinessSettingField, string> errors) = SetupFormReader.Read(Stored, inputs);

        Assert.Empty(errors);
        Assert.Equal(("Contoso Salon", "Europe/Paris", "EUR", 30), (read.DisplayName, read.TimeZoneId, read.CurrencyCode, read.SyncIntervalMinutes));
        Assert.Equal((CompletionRule.StartedBeforeNow, TimeSpan.FromMinutes(10)), (read.CompletionRule, read.CompletionGrace));
        Assert.Equal((true, "C-TPL", false, (string?)null), (read.SyncCustomers, read.CustomerTemplate, read.SyncServices, read.ItemTemplate));
        Assert.Equal(new BcCompanyRef("Production", Cronus, null), read.BusinessCentral);
        Assert.Equal(new NoShowFee("S-FEE", NoShowFeeKind.PercentageOfPrice, 50m), read.NoShowFee);
        Assert.Equal((GroupBookingBilling.FirstCustomerPaysAll, true), (read.GroupBilling, read.AllowCreateCustomers));
        Assert.Equal((3L, "salon@contoso.com", "t"), (read.Version, read.BusinessId, read.TenantId));
    }

    [Fact]
    public void Read_InputsNotSentBack_KeepWhatWasStored()
    {
        (BusinessSettings read, IReadOnlyDictionary<BusinessSettingField, string> errors) = SetupFormReader.Read(Stored, new Dictionary<string, string>());

        Assert.Empty(errors);
        Assert.Equal(Stored with { FromConfiguration = read.FromConfiguration }, read);
    }

    [Theory]
    [InlineData(SetupInputIds.SyncInterval, "fifteen", BusinessSettingField.SyncInterval)]
    [InlineData(SetupInputIds.SyncInterval, "15.5", BusinessSettingField.SyncInterval)]
    [InlineData(SetupInputIds.CompletionRule, "2", BusinessSettingField.CompletionRule)]
    [InlineData(SetupInputIds.CompletionRule, "Whenever", BusinessSettingField.CompletionRule)]
    [InlineData(SetupInputIds.GroupBilling, "Split", BusinessSettingField.GroupBilling)]
    [InlineData(SetupInputIds.Company, "'; DROP TABLE x", BusinessSettingField.BusinessCentralCompany)]
    [InlineData(SetupInputIds.NoShowKind, "Double", BusinessSettingField.NoShowFee)]
    [InlineData(SetupInputIds.NoShowValue, "1e99", BusinessSettingField.NoShowFee)]
    public void Read_UnreadableInput_IsAnErrorOnItsFieldAndKeepsTheValue(string input, string value, BusinessSettingField field)
    {
        (BusinessSettings read, IReadOnlyDictionary<BusinessSettingField, string> errors) =
            SetupFormReader.Read(Stored, new Dictionary<string, string> { [input] = value });

        Assert.Equal([field], errors.Keys);
        Assert.Equal(Stored.SyncIntervalMinutes, read.SyncIntervalMinutes);
        Assert.Equal(Stored.BusinessCentral, read.BusinessCentral);
    }

    [Fact]
    public void Read_AnotherEnvironment_AsksForTheCompanyAgain()
    {
        (BusinessSettings read, _) = SetupFormReader.Read(Stored, new Dictionary<string, string> { [SetupInputIds.Environment] = "Sandbox" });

        Assert.Equal(new BcCompanyRef("Sandbox", null, null), read.BusinessCentral);
        Assert.Contains(BusinessSettingField.BusinessCentralCompany, BusinessSettingsRules.Check(read).Keys);
    }

    [Fact]
    public void Read_TypedCompanyName_WinsOverThePick()
    {
        (BusinessSettings read, _) = SetupFormReader.Read(Stored, new Dictionary<string, string>
        {
            [SetupInputIds.TypedCompany] = "Fabrikam",
            [SetupInputIds.Company] = Cronus.ToString(),
        });

        Assert.Equal(new BcCompanyRef("Production", null, "Fabrikam"), read.BusinessCentral);
    }

    [Fact]
    public void Read_NoFeeChosen_ClearsTheFee()
    {
        (BusinessSettings read, _) = SetupFormReader.Read(Stored, new Dictionary<string, string> { [SetupInputIds.NoShowKind] = SetupInputIds.NoShowNone });

        Assert.Null(read.NoShowFee);
    }
}
