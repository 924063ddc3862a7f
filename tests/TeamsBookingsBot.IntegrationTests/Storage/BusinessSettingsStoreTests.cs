using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>Business settings per tenant (migration 10): every field round trips, saves are optimistic, a mailbox has one tenant.</summary>
public abstract class BusinessSettingsStoreTests(StorageDatabase database)
{
    internal const string TenantA = "tenant-a";
    internal const string TenantB = "tenant-b";

    private readonly IBusinessSettingsStore store = database.Get<IBusinessSettingsStore>();

    [Fact]
    public async Task Save_New_FindReturnsEveryFieldWithVersionOneAndTheSaveTime()
    {
        BusinessSettings settings = Full(TenantA, NewMailbox());

        (BusinessSettingsSaveOutcome outcome, BusinessSettings? saved) = await store.SaveAsync(settings, default);
        BusinessSettings? found = await store.FindAsync(TenantA, settings.BusinessId, default);

        Assert.Equal(BusinessSettingsSaveOutcome.Saved, outcome);
        Assert.Equal(Comparable(settings with { Version = 1, UpdatedUtc = database.Time.GetUtcNow() }), Comparable(found!));
        Assert.Equal(Comparable(saved!), Comparable(found!));
        Assert.Empty(found!.FromConfiguration);
    }

    [Fact]
    public async Task Find_MailboxInOtherCase_FindsIt_AndOtherTenantFindsNothing()
    {
        string mailbox = NewMailbox();
        await store.SaveAsync(Full(TenantA, mailbox), default);

        Assert.NotNull(await store.FindAsync(TenantA, mailbox.ToUpperInvariant(), default));
        Assert.Null(await store.FindAsync(TenantB, mailbox, default));
    }

    [Fact]
    public async Task Save_StaleVersion_ConflictsAndWritesNothing()
    {
        (_, BusinessSettings? first) = await store.SaveAsync(Full(TenantA, NewMailbox()), default);
        await store.SaveAsync(first! with { DisplayName = "Second" }, default);

        (BusinessSettingsSaveOutcome outcome, BusinessSettings? saved) = await store.SaveAsync(first! with { DisplayName = "Stale" }, default);

        Assert.Equal((BusinessSettingsSaveOutcome.VersionConflict, (BusinessSettings?)null), (outcome, saved));
        BusinessSettings? stored = await store.FindAsync(TenantA, first!.BusinessId, default);
        Assert.Equal(("Second", 2L), (stored!.DisplayName, stored.Version));
    }

    [Fact]
    public async Task Save_NewOverAnExistingBusiness_Conflicts()
    {
        string mailbox = NewMailbox();
        await store.SaveAsync(Full(TenantA, mailbox), default);

        (BusinessSettingsSaveOutcome outcome, _) = await store.SaveAsync(Full(TenantA, mailbox.ToUpperInvariant()), default);

        Assert.Equal(BusinessSettingsSaveOutcome.VersionConflict, outcome);
    }

    [Fact]
    public async Task Save_ConcurrentSavesOfOneVersion_ExactlyOneIsSaved()
    {
        (_, BusinessSettings? first) = await store.SaveAsync(Full(TenantA, NewMailbox()), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.SaveAsync(first! with { SyncIntervalMinutes = 20 + i }, default))));

        Assert.Single(outcomes, o => o.Outcome == BusinessSettingsSaveOutcome.Saved);
        Assert.Equal(2, (await store.FindAsync(TenantA, first!.BusinessId, default))!.Version);
    }

    [Fact]
    public async Task Save_MailboxSetUpInAnotherTenant_IsRefusedAndTheOwnerKeepsIt()
    {
        string mailbox = NewMailbox();
        await store.SaveAsync(Full(TenantA, mailbox), default);

        (BusinessSettingsSaveOutcome outcome, _) = await store.SaveAsync(Full(TenantB, mailbox) with { Version = 1 }, default);

        Assert.Equal(BusinessSettingsSaveOutcome.OwnedByAnotherTenant, outcome);
        Assert.Equal(TenantA, (await store.FindAsync(TenantA, mailbox, default))!.TenantId);
        Assert.DoesNotContain(await store.ListAsync(TenantB, default), s => s.BusinessId == mailbox);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheTenantsBusinesses_ListAllReturnsEveryTenants()
    {
        string tenant = "tenant-list-" + Guid.NewGuid().ToString("N");
        string[] mailboxes = [NewMailbox(), NewMailbox()];
        foreach (string mailbox in mailboxes)
        {
            await store.SaveAsync(Full(tenant, mailbox), default);
        }
        string other = NewMailbox();
        await store.SaveAsync(Full(TenantB, other), default);

        Assert.Equal(mailboxes.Order(StringComparer.Ordinal), (await store.ListAsync(tenant, default)).Select(s => s.BusinessId));
        IReadOnlyList<BusinessSettings> all = await store.ListAllAsync(default);
        Assert.Contains(all, s => s.BusinessId == other && s.TenantId == TenantB);
        Assert.Equal(2, all.Count(s => s.TenantId == tenant));
    }

    [Fact]
    public async Task Remove_DeletesOnlyInItsOwnTenant()
    {
        string mailbox = NewMailbox();
        await store.SaveAsync(Full(TenantA, mailbox), default);

        bool byOther = await store.RemoveAsync(TenantB, mailbox, default);
        bool byOwner = await store.RemoveAsync(TenantA, mailbox, default);

        Assert.Equal((false, true), (byOther, byOwner));
        Assert.Null(await store.FindAsync(TenantA, mailbox, default));
    }

    [Fact]
    public async Task Save_NoBusinessCentralAndNoFee_RoundTripsAsNull()
    {
        BusinessSettings settings = Full(TenantA, NewMailbox()) with { BusinessCentral = null, NoShowFee = null, CurrencyCode = null };

        await store.SaveAsync(settings, default);

        BusinessSettings? found = await store.FindAsync(TenantA, settings.BusinessId, default);
        Assert.Equal((null, null, null), (found!.BusinessCentral, found.NoShowFee, found.CurrencyCode));
    }

    internal static string NewMailbox() => $"salon-{Guid.NewGuid():N}@contoso.com";

    internal static BusinessSettings Full(string tenant, string mailbox) => new()
    {
        TenantId = tenant,
        BusinessId = mailbox,
        DisplayName = "Contoso Salon",
        TimeZoneId = "Europe/Berlin",
        CurrencyCode = "EUR",
        SyncIntervalMinutes = 30,
        CompletionRule = CompletionRule.StartedBeforeNow,
        CompletionGrace = TimeSpan.FromMinutes(15),
        SyncCustomers = true,
        CustomerTemplate = "C00010",
        SyncServices = true,
        ItemTemplate = "SERVICE",
        BusinessCentral = new BcCompanyRef("Production", Guid.Parse("5d115c9c-44e3-ea11-bb43-000d3a2feca1"), "CRONUS DE"),
        NoShowFee = new NoShowFee("NOSHOW", NoShowFeeKind.PercentageOfPrice, 12.5m),
        GroupBilling = GroupBookingBilling.FirstCustomerPaysAll,
        AllowCreateCustomers = true,
        UpdatedBy = "00000000-0000-0000-0000-0000000000aa",
    };

    /// <summary>The record with its field set as text: records compare sets by reference.</summary>
    internal static (BusinessSettings, string) Comparable(BusinessSettings s) =>
        (s with { FromConfiguration = EmptySet }, string.Join(',', s.FromConfiguration.Order()));

    private static readonly HashSet<BusinessSettingField> EmptySet = [];
}
