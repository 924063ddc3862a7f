using TeamsBookingsBot.Application.Setup;
using static TeamsBookingsBot.Storage.BusinessSettingsStoreTests;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Seeding from configuration: a business only configuration set up follows it; in one an admin saved, a re-seed changes
/// only the fields still marked "from configuration" and never a value the admin saved.
/// </summary>
public abstract class BusinessSettingsSeedTests(StorageDatabase database)
{
    private readonly IBusinessSettingsStore store = database.Get<IBusinessSettingsStore>();
    private readonly BusinessSettingsSeeder seeder = database.Get<BusinessSettingsSeeder>();

    [Fact]
    public async Task Seed_New_StoresTheConfiguredBusinessWithItsMarks_AndAgainWritesNothing()
    {
        BusinessSettings configured = Configured(NewMailbox());

        BusinessSettingsSeedReport first = await seeder.SeedAsync([configured], default);
        BusinessSettingsSeedReport again = await seeder.SeedAsync([configured], default);

        BusinessSettings? stored = await store.FindAsync(TenantA, configured.BusinessId, default);
        Assert.Equal((1, 0), (first.Added, first.Updated));
        Assert.Equal((0, 0, 0), (again.Added, again.Updated, again.Removed));
        Assert.Equal(Comparable(configured with { Version = 1, UpdatedUtc = database.Time.GetUtcNow() }), Comparable(stored!));
    }

    [Fact]
    public async Task Reseed_NeverSavedBusiness_FollowsTheConfigurationAndBumpsTheVersion()
    {
        BusinessSettings configured = Configured(NewMailbox());
        await seeder.SeedAsync([configured], default);

        await seeder.SeedAsync([configured with { SyncIntervalMinutes = 5, DisplayName = "Renamed" }], default);

        BusinessSettings? stored = await store.FindAsync(TenantA, configured.BusinessId, default);
        Assert.Equal((5, "Renamed", 2L), (stored!.SyncIntervalMinutes, stored.DisplayName, stored.Version));
    }

    [Fact]
    public async Task Save_ChangedConfiguredField_LosesItsMark_UnchangedKeepsIt()
    {
        BusinessSettings configured = Configured(NewMailbox());
        await seeder.SeedAsync([configured], default);
        BusinessSettings seeded = (await store.FindAsync(TenantA, configured.BusinessId, default))!;

        (_, BusinessSettings? saved) = await store.SaveAsync(seeded with { SyncIntervalMinutes = 45, UpdatedBy = "admin" }, default);

        Assert.False(saved!.IsFromConfiguration(BusinessSettingField.SyncInterval));
        Assert.True(saved.IsFromConfiguration(BusinessSettingField.TimeZone));
        Assert.False((await store.FindAsync(TenantA, configured.BusinessId, default))!.IsFromConfiguration(BusinessSettingField.SyncInterval));
    }

    [Fact]
    public async Task Reseed_AdminSavedBusiness_UpdatesOnlyFieldsStillFromConfiguration()
    {
        BusinessSettings configured = Configured(NewMailbox());
        await seeder.SeedAsync([configured], default);
        BusinessSettings seeded = (await store.FindAsync(TenantA, configured.BusinessId, default))!;
        await store.SaveAsync(seeded with { SyncIntervalMinutes = 45, ItemTemplate = "SRV", UpdatedBy = "admin" }, default);

        await seeder.SeedAsync([configured with { SyncIntervalMinutes = 5, TimeZoneId = "Europe/London", ItemTemplate = "CFG" }], default);

        BusinessSettings? stored = await store.FindAsync(TenantA, configured.BusinessId, default);
        Assert.Equal((45, "Europe/London", "SRV", "admin", 3L),
            (stored!.SyncIntervalMinutes, stored.TimeZoneId, stored.ItemTemplate, stored.UpdatedBy, stored.Version));
        Assert.True(stored.IsFromConfiguration(BusinessSettingField.TimeZone));
    }

    [Fact]
    public async Task Reseed_FieldNoLongerConfigured_KeepsTheAdminSavedBusinessesValueWithoutTheMark()
    {
        BusinessSettings configured = Configured(NewMailbox());
        await seeder.SeedAsync([configured], default);
        BusinessSettings seeded = (await store.FindAsync(TenantA, configured.BusinessId, default))!;
        await store.SaveAsync(seeded with { SyncIntervalMinutes = 45, UpdatedBy = "admin" }, default);

        await seeder.SeedAsync([configured with { TimeZoneId = "UTC", FromConfiguration = new HashSet<BusinessSettingField>() }], default);

        BusinessSettings? stored = await store.FindAsync(TenantA, configured.BusinessId, default);
        Assert.Equal(("Europe/Berlin", false), (stored!.TimeZoneId, stored.IsFromConfiguration(BusinessSettingField.TimeZone)));
    }

    [Fact]
    public async Task Reseed_BusinessGoneFromConfiguration_RemovesItOnlyIfNoAdminSavedIt()
    {
        BusinessSettings seedOnly = Configured(NewMailbox());
        BusinessSettings saved = Configured(NewMailbox());
        await seeder.SeedAsync([seedOnly, saved], default);
        await store.SaveAsync((await store.FindAsync(TenantA, saved.BusinessId, default))! with { UpdatedBy = "admin" }, default);

        BusinessSettingsSeedReport report = await seeder.SeedAsync([], default);

        Assert.True(report.Removed >= 1);
        Assert.Null(await store.FindAsync(TenantA, seedOnly.BusinessId, default));
        Assert.NotNull(await store.FindAsync(TenantA, saved.BusinessId, default));
    }

    [Fact]
    public async Task Seed_MailboxAnotherTenantSetUp_LeavesItAndReportsIt()
    {
        string mailbox = NewMailbox();
        await store.SaveAsync(Full(TenantB, mailbox), default);

        BusinessSettingsSeedReport report = await seeder.SeedAsync([Configured(mailbox)], default);

        Assert.Equal([mailbox], report.OwnedByAnotherTenant);
        Assert.Equal(TenantB, (await store.ListAllAsync(default)).Single(s => s.BusinessId == mailbox).TenantId);
    }

    [Fact]
    public async Task Seed_ConfiguredTenantChanged_MovesANeverSavedBusiness()
    {
        BusinessSettings configured = Configured(NewMailbox());
        await seeder.SeedAsync([configured], default);

        await seeder.SeedAsync([configured with { TenantId = TenantB }], default);

        Assert.Null(await store.FindAsync(TenantA, configured.BusinessId, default));
        Assert.NotNull(await store.FindAsync(TenantB, configured.BusinessId, default));
    }

    private static BusinessSettings Configured(string mailbox) => Full(TenantA, mailbox) with
    {
        UpdatedBy = null,
        FromConfiguration = new HashSet<BusinessSettingField>
        {
            BusinessSettingField.DisplayName, BusinessSettingField.TimeZone, BusinessSettingField.SyncInterval,
            BusinessSettingField.BusinessCentralEnvironment, BusinessSettingField.BusinessCentralCompany,
        },
    };
}
