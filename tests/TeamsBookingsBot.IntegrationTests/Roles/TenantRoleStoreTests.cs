using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Storage;

public abstract class TenantRoleStoreTests(StorageDatabase database)
{
    private readonly ITenantRoleStore store = database.Get<ITenantRoleStore>();

    [Fact]
    public async Task NobodyStored_IsMember()
    {
        Assert.Equal(TenantRole.Member, await store.GetRoleAsync(NewId(), NewId(), default));
    }

    [Fact]
    public async Task FirstAdminClaim_OnlyTheFirstWins_AndIdsIgnoreCase()
    {
        string tenant = NewId();
        string first = NewId();

        Assert.True(await store.TryClaimFirstAdminAsync(tenant.ToUpperInvariant(), first.ToUpperInvariant(), "Alex", default));
        Assert.False(await store.TryClaimFirstAdminAsync(tenant, NewId(), "Megan", default));
        Assert.False(await store.TryClaimFirstAdminAsync(tenant, first, "Alex", default));

        Assert.Equal(TenantRole.Admin, await store.GetRoleAsync(tenant, first, default));
        Assert.Equal([new TenantRoleHolder(first, "Alex", TenantRole.Admin, FromConfiguration: false)], await store.ListAsync(tenant, default));
    }

    [Fact]
    public async Task FirstAdminClaims_AtTheSameMoment_ExactlyOneWins()
    {
        string tenant = NewId();

        bool[] won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.TryClaimFirstAdminAsync(tenant, NewId(), $"P{i}", default))));

        Assert.Single(won, w => w);
        Assert.Single(await store.ListAsync(tenant, default));
    }

    [Fact]
    public async Task FirstAdminClaim_RefusedWhenAConfiguredAdminExists_AndPerTenant()
    {
        string tenant = NewId();
        await store.SeedConfiguredAdminAsync(tenant, NewId(), null, default);

        Assert.False(await store.TryClaimFirstAdminAsync(tenant, NewId(), "Megan", default));
        Assert.True(await store.TryClaimFirstAdminAsync(NewId(), NewId(), "Megan", default));
    }

    [Fact]
    public async Task Seed_KeepsAKnownName_AndTheRowCannotBeChangedFromTeams()
    {
        string tenant = NewId();
        string admin = NewId();
        await store.SeedConfiguredAdminAsync(tenant, admin, "Adele", default);
        await store.SeedConfiguredAdminAsync(tenant, admin, null, default);
        string other = NewId();
        await store.ChangeRoleAsync(new TenantRoleChange(tenant, other, "Isaiah", TenantRole.Admin, admin), default);

        TenantRoleChangeOutcome outcome = await store.ChangeRoleAsync(new TenantRoleChange(tenant, admin, null, TenantRole.Member, other), default);

        Assert.Equal(TenantRoleChangeOutcome.FromConfiguration, outcome);
        Assert.Contains(new TenantRoleHolder(admin, "Adele", TenantRole.Admin, FromConfiguration: true), await store.ListAsync(tenant, default));
    }

    [Fact]
    public async Task Change_GrantsDemotesAndRemoves_ListingAdminsFirst()
    {
        string tenant = NewId();
        string admin = NewId();
        string megan = NewId();
        string zoe = NewId();
        await store.TryClaimFirstAdminAsync(tenant, admin, "Zed", default);

        Assert.Equal(TenantRoleChangeOutcome.Changed, await store.ChangeRoleAsync(new(tenant, megan, "Megan", TenantRole.Invoicer, admin), default));
        Assert.Equal(TenantRoleChangeOutcome.Unchanged, await store.ChangeRoleAsync(new(tenant, megan, "Megan", TenantRole.Invoicer, admin), default));
        Assert.Equal(TenantRoleChangeOutcome.Changed, await store.ChangeRoleAsync(new(tenant, zoe, "Abe", TenantRole.Invoicer, admin), default));

        Assert.Equal(
            [new(admin, "Zed", TenantRole.Admin, false), new(zoe, "Abe", TenantRole.Invoicer, false), new(megan, "Megan", TenantRole.Invoicer, false)],
            await store.ListAsync(tenant, default));

        Assert.Equal(TenantRoleChangeOutcome.Changed, await store.ChangeRoleAsync(new(tenant, megan, null, TenantRole.Member, admin), default));
        Assert.Equal(TenantRoleChangeOutcome.Unchanged, await store.ChangeRoleAsync(new(tenant, megan, null, TenantRole.Member, admin), default));
        Assert.Equal(TenantRole.Member, await store.GetRoleAsync(tenant, megan, default));
    }

    [Fact]
    public async Task Change_NeverRemovesTheLastAdmin()
    {
        string tenant = NewId();
        string admin = NewId();
        string second = NewId();
        await store.TryClaimFirstAdminAsync(tenant, admin, "Alex", default);

        Assert.Equal(TenantRoleChangeOutcome.LastAdmin, await store.ChangeRoleAsync(new(tenant, admin, null, TenantRole.Invoicer, admin), default));
        Assert.Equal(TenantRoleChangeOutcome.Changed, await store.ChangeRoleAsync(new(tenant, second, "Megan", TenantRole.Admin, admin), default));
        Assert.Equal(TenantRoleChangeOutcome.Changed, await store.ChangeRoleAsync(new(tenant, admin, null, TenantRole.Member, second), default));
        Assert.Equal(TenantRoleChangeOutcome.LastAdmin, await store.ChangeRoleAsync(new(tenant, second, null, TenantRole.Member, second), default));

        Assert.Equal([new TenantRoleHolder(second, "Megan", TenantRole.Admin, false)], await store.ListAsync(tenant, default));
    }

    [Fact]
    public async Task TwoAdminsRemovingEachOtherAtOnce_OneAdminIsLeft()
    {
        string tenant = NewId();
        string a = NewId();
        string b = NewId();
        await store.TryClaimFirstAdminAsync(tenant, a, "A", default);
        await store.ChangeRoleAsync(new(tenant, b, "B", TenantRole.Admin, a), default);

        TenantRoleChangeOutcome[] outcomes = await Task.WhenAll(
            Task.Run(() => store.ChangeRoleAsync(new(tenant, a, null, TenantRole.Member, b), default)),
            Task.Run(() => store.ChangeRoleAsync(new(tenant, b, null, TenantRole.Member, a), default)));

        Assert.Single(outcomes, o => o == TenantRoleChangeOutcome.Changed);
        Assert.Single(await store.ListAsync(tenant, default), h => h.Role == TenantRole.Admin);
    }

    private static string NewId() => Guid.NewGuid().ToString();
}
