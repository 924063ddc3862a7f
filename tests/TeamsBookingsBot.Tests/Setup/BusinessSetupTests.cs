using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Testing.Fakes;

namespace TeamsBookingsBot.Setup;

public sealed class BusinessSetupTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly InvoicingActor Admin = new("admin-oid", "Ada", "conv-1", "tenant-a");

    private readonly InMemoryBusinessSettingsStore _store = new();
    private readonly RecordingSyncScheduler _scheduler = new();
    private readonly SetupBusinessCentral _bc = new();
    private readonly RecordingAuditLog _audit = new();

    private BusinessSetup Setup() => new(_store, _scheduler, _bc, _audit, new FakeTimeProvider(Now));

    private static BusinessSettings Salon(string tenant = "tenant-a") => new()
    {
        TenantId = tenant,
        BusinessId = "salon@contoso.com",
        TimeZoneId = "Europe/London",
        BusinessCentral = new BcCompanyRef("Production", null, "cronus"),
    };

    [Fact]
    public async Task Save_ValidSettings_StoresResolvedCompanyReschedulesAndAudits()
    {
        BusinessSetupSaveResult result = await Setup().SaveAsync(Salon(), Admin, CancellationToken.None);

        var saved = Assert.IsType<BusinessSetupSaveResult.Saved>(result);
        Assert.True(saved.IsNewBusiness);
        Assert.Equal(new BcCompanyRef("Production", _bc.Companies[0].Id, "CRONUS"), saved.Settings.BusinessCentral);
        Assert.Equal(1, saved.Settings.Version);
        Assert.Equal(("admin-oid", Now), (saved.Settings.UpdatedBy!, saved.Settings.UpdatedUtc!.Value));
        Assert.Equal([saved.Settings], _scheduler.Applied);
        AuditEntry entry = Assert.Single(_audit.Entries);
        Assert.Equal(("setup.save", "salon@contoso.com", "conv-1"), (entry.Action, entry.BusinessId, entry.ConversationId));
        Assert.Contains("Production/CRONUS", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_FieldsWrong_SavesNothingAndNamesEachField()
    {
        BusinessSettings wrong = Salon() with { TimeZoneId = "Mars/Olympus", SyncIntervalMinutes = 1, CurrencyCode = "EURO" };

        var invalid = Assert.IsType<BusinessSetupSaveResult.Invalid>(await Setup().SaveAsync(wrong, Admin, CancellationToken.None));

        Assert.Equal([BusinessSettingField.TimeZone, BusinessSettingField.Currency, BusinessSettingField.SyncInterval], invalid.Errors.Keys.Order());
        Assert.Empty(await _store.ListAllAsync(CancellationToken.None));
        Assert.Empty(_scheduler.Applied);
        Assert.Empty(_bc.Opened);
    }

    [Fact]
    public async Task Save_CompanyNotInEnvironment_SaysWhichCompaniesThereAreAndSavesNothing()
    {
        BusinessSettings other = Salon() with { BusinessCentral = new BcCompanyRef("Production", null, "Fabrikam") };

        var invalid = Assert.IsType<BusinessSetupSaveResult.Invalid>(await Setup().SaveAsync(other, Admin, CancellationToken.None));

        Assert.Equal("The environment Production has no company Fabrikam. It has: CRONUS.", invalid.Errors[BusinessSettingField.BusinessCentralCompany]);
        Assert.Empty(await _store.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_TemplatesAndFeeItemUnknown_ErrorNextToEachAndNothingSaved()
    {
        BusinessSettings withTemplates = Salon() with
        {
            CustomerTemplate = "C-NONE",
            ItemTemplate = "C-TEMPLATE",
            NoShowFee = new NoShowFee("S-NOSHOW", NoShowFeeKind.FixedAmount, 20m),
        };

        var invalid = Assert.IsType<BusinessSetupSaveResult.Invalid>(await Setup().SaveAsync(withTemplates, Admin, CancellationToken.None));

        Assert.Equal("There is no customer C-NONE in this company.", invalid.Errors[BusinessSettingField.CustomerTemplate]);
        Assert.Equal("There is no item C-TEMPLATE of type Service in this company.", invalid.Errors[BusinessSettingField.ItemTemplate]);
        Assert.Contains("S-NOSHOW", invalid.Errors[BusinessSettingField.NoShowFee], StringComparison.Ordinal);
        Assert.Empty(await _store.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_BusinessCentralDown_ErrorOnTheCompanyAndNothingSaved()
    {
        _bc.Failure = new BusinessCentralException("Transient", "Business Central did not answer in time.", 504, isTransient: true);

        var invalid = Assert.IsType<BusinessSetupSaveResult.Invalid>(await Setup().SaveAsync(Salon(), Admin, CancellationToken.None));

        Assert.StartsWith("Business Central did not answer the check, so nothing was saved: Business Central did not answer in time.",
            invalid.Errors[BusinessSettingField.BusinessCentralCompany], StringComparison.Ordinal);
        Assert.Empty(await _store.ListAllAsync(CancellationToken.None));
        Assert.Empty(_audit.Entries);
    }

    [Fact]
    public async Task Save_SomeoneSavedSinceTheFormWasMade_ConflictWithWhatIsStored()
    {
        BusinessSetup setup = Setup();
        var first = (BusinessSetupSaveResult.Saved)await setup.SaveAsync(Salon(), Admin, CancellationToken.None);
        await setup.SaveAsync(first.Settings with { SyncIntervalMinutes = 30 }, Admin, CancellationToken.None);

        BusinessSetupSaveResult stale = await setup.SaveAsync(first.Settings with { SyncIntervalMinutes = 60 }, Admin, CancellationToken.None);

        var conflict = Assert.IsType<BusinessSetupSaveResult.Conflict>(stale);
        Assert.Equal(30, conflict.Current!.SyncIntervalMinutes);
        Assert.Equal(2, _scheduler.Applied.Count);
    }

    [Fact]
    public async Task Save_MailboxSetUpInAnotherTenant_Refused()
    {
        await Setup().SaveAsync(Salon("tenant-b"), Admin with { TenantId = "tenant-b" }, CancellationToken.None);

        BusinessSetupSaveResult result = await Setup().SaveAsync(Salon("tenant-a"), Admin, CancellationToken.None);

        Assert.IsType<BusinessSetupSaveResult.OwnedElsewhere>(result);
        Assert.Equal("tenant-b", Assert.Single(await _store.ListAllAsync(CancellationToken.None)).TenantId);
    }
}
