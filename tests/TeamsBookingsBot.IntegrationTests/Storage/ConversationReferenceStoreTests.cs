using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

public abstract class ConversationReferenceStoreTests(StorageDatabase database)
{
    private static readonly DateTimeOffset Installed = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    private readonly IConversationReferenceStore store = database.Get<IConversationReferenceStore>();

    [Fact]
    public async Task Upsert_NewReference_GetReturnsEveryField()
    {
        ConversationReference reference = Personal() with
        {
            BotName = "Bookings",
            Locale = "en-GB",
            LastActivityId = "f:1",
            // a non-UTC offset must come back as the same instant, in UTC
            InstalledUtc = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.FromHours(2)),
        };

        await store.UpsertAsync(reference, default);

        ConversationReference? stored = await store.GetAsync(reference.TenantId, reference.ConversationId, default);
        Assert.Equal(reference with { InstalledUtc = Installed }, stored);
        Assert.Equal(TimeSpan.Zero, stored!.InstalledUtc.Offset);
    }

    [Fact]
    public async Task Upsert_NewThenActiveThenAfterRevoke_SaysWhetherItStartedAnInstallation()
    {
        ConversationReference reference = Personal() with { ConversationId = "a:install-" + Guid.NewGuid().ToString("N") };

        bool first = await store.UpsertAsync(reference, default);
        bool again = await store.UpsertAsync(reference, default);
        await store.RevokeAsync(reference.TenantId, reference.ConversationId, Installed.AddHours(1), default);
        bool reinstalled = await store.UpsertAsync(reference, default);

        Assert.Equal((true, false, true), (first, again, reinstalled));
    }

    [Fact]
    public async Task Upsert_ConcurrentInstallEvents_ExactlyOneStartsTheInstallation()
    {
        ConversationReference reference = Personal() with { ConversationId = "a:race-" + Guid.NewGuid().ToString("N") };

        bool[] started = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.UpsertAsync(reference, default))));

        Assert.Single(started, s => s);
    }

    [Fact]
    public async Task Upsert_ExistingReference_RefreshesFieldsAndKeepsInstalledAndOptionalValues()
    {
        ConversationReference first = Personal() with { Locale = "en-GB" };
        await store.UpsertAsync(first, default);
        ConversationReference second = first with
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Locale = null,
            InstalledUtc = Installed.AddDays(1),
            UpdatedUtc = Installed.AddDays(1),
        };

        await store.UpsertAsync(second, default);

        ConversationReference? stored = await store.GetAsync(first.TenantId, first.ConversationId, default);
        Assert.Equal(second with { InstalledUtc = Installed, Locale = "en-GB" }, stored);
    }

    [Fact]
    public async Task Upsert_AfterRevoke_ReactivatesWithNewInstallTime()
    {
        ConversationReference first = Personal();
        await store.UpsertAsync(first, default);
        await store.RevokeAsync(first.TenantId, first.ConversationId, Installed.AddHours(1), default);
        DateTimeOffset reinstalled = Installed.AddDays(2);

        await store.UpsertAsync(first with { InstalledUtc = reinstalled, UpdatedUtc = reinstalled }, default);

        ConversationReference? stored = await store.GetAsync(first.TenantId, first.ConversationId, default);
        Assert.Null(stored!.RevokedUtc);
        Assert.Equal(reinstalled, stored.InstalledUtc);
    }

    [Fact]
    public async Task Revoke_ExistingReference_MarksRevokedAndListActiveSkipsIt()
    {
        string tenant = NewId();
        ConversationReference kept = Personal(tenant);
        ConversationReference removed = Personal(tenant);
        await store.UpsertAsync(kept, default);
        await store.UpsertAsync(removed, default);

        bool found = await store.RevokeAsync(removed.TenantId, removed.ConversationId, Installed.AddHours(3), default);

        Assert.True(found);
        Assert.Equal(Installed.AddHours(3), (await store.GetAsync(removed.TenantId, removed.ConversationId, default))!.RevokedUtc);
        Assert.Equal([kept.ConversationId], (await store.ListActiveAsync(tenant, default)).Select(r => r.ConversationId));
    }

    [Fact]
    public async Task Revoke_Twice_KeepsFirstRevocationTime()
    {
        ConversationReference reference = Personal();
        await store.UpsertAsync(reference, default);
        await store.RevokeAsync(reference.TenantId, reference.ConversationId, Installed.AddHours(1), default);

        await store.RevokeAsync(reference.TenantId, reference.ConversationId, Installed.AddHours(5), default);

        Assert.Equal(Installed.AddHours(1), (await store.GetAsync(reference.TenantId, reference.ConversationId, default))!.RevokedUtc);
    }

    [Fact]
    public async Task Revoke_UnknownConversation_ReturnsFalse()
    {
        Assert.False(await store.RevokeAsync(NewId(), "a:" + NewId(), Installed, default));
    }

    [Fact]
    public async Task TouchServiceUrl_ExistingReference_UpdatesUrlLastActivityAndTime()
    {
        ConversationReference reference = Personal() with { LastActivityId = "f:1" };
        await store.UpsertAsync(reference, default);

        bool found = await store.TouchServiceUrlAsync(
            reference.TenantId, reference.ConversationId, "https://smba.trafficmanager.net/apac/", "f:2", Installed.AddHours(2), default);

        Assert.True(found);
        ConversationReference? stored = await store.GetAsync(reference.TenantId, reference.ConversationId, default);
        Assert.Equal(reference with
        {
            ServiceUrl = "https://smba.trafficmanager.net/apac/",
            LastActivityId = "f:2",
            UpdatedUtc = Installed.AddHours(2),
        }, stored);
    }

    [Fact]
    public async Task TouchServiceUrl_NoLastActivityId_KeepsStoredOne()
    {
        ConversationReference reference = Personal() with { LastActivityId = "f:1" };
        await store.UpsertAsync(reference, default);

        await store.TouchServiceUrlAsync(reference.TenantId, reference.ConversationId, "https://smba.trafficmanager.net/amer/", null, Installed, default);

        Assert.Equal("f:1", (await store.GetAsync(reference.TenantId, reference.ConversationId, default))!.LastActivityId);
    }

    [Fact]
    public async Task TouchServiceUrl_UrlItAlreadyHas_ChangesNothing()
    {
        ConversationReference reference = Personal() with { LastActivityId = "f:1" };
        await store.UpsertAsync(reference, default);

        bool found = await store.TouchServiceUrlAsync(reference.TenantId, reference.ConversationId, reference.ServiceUrl, "f:2", Installed.AddHours(2), default);

        Assert.True(found);
        Assert.Equal(reference, await store.GetAsync(reference.TenantId, reference.ConversationId, default));
    }

    [Fact]
    public async Task TouchServiceUrl_UrlChangedByAnotherInstance_StoredAgainOnceTheRememberedUrlLapses()
    {
        ConversationReference reference = Personal();
        await store.UpsertAsync(reference, default);
        var otherInstance = new ConversationReferenceStore(database.Get<IDbConnectionFactory>(), database.Time);
        await otherInstance.TouchServiceUrlAsync(reference.TenantId, reference.ConversationId, "https://smba.trafficmanager.net/apac/", "f:2", Installed, default);

        await store.TouchServiceUrlAsync(reference.TenantId, reference.ConversationId, reference.ServiceUrl, "f:3", Installed, default);
        string? whileRemembered = (await store.GetAsync(reference.TenantId, reference.ConversationId, default))!.ServiceUrl;
        database.Time.Advance(KnownServiceUrls.TrustedFor);
        await store.TouchServiceUrlAsync(reference.TenantId, reference.ConversationId, reference.ServiceUrl, "f:4", Installed, default);

        Assert.Equal("https://smba.trafficmanager.net/apac/", whileRemembered);
        Assert.Equal(reference.ServiceUrl, (await store.GetAsync(reference.TenantId, reference.ConversationId, default))!.ServiceUrl);
    }

    [Fact]
    public async Task TouchServiceUrl_UnknownConversation_CreatesNothing()
    {
        string conversationId = "a:" + NewId();

        bool found = await store.TouchServiceUrlAsync("tenant-of-nobody", conversationId, "https://smba.trafficmanager.net/amer/", "f:1", Installed, default);

        Assert.False(found);
        Assert.Null(await store.GetAsync("tenant-of-nobody", conversationId, default));
    }

    [Fact]
    public async Task AnotherTenant_SameConversationId_SeesNothingAndChangesNothing()
    {
        ConversationReference stored = Personal() with { LastActivityId = "f:1" };
        await store.UpsertAsync(stored, default);
        string other = NewId();

        bool installed = await store.UpsertAsync(stored with { TenantId = other, ServiceUrl = "https://evil.example/", BotName = "x" }, default);
        bool touched = await store.TouchServiceUrlAsync(other, stored.ConversationId, "https://evil.example/", "f:9", Installed.AddHours(1), default);
        bool revoked = await store.RevokeAsync(other, stored.ConversationId, Installed.AddHours(2), default);

        Assert.Equal((false, false, false), (installed, touched, revoked));
        Assert.Null(await store.GetAsync(other, stored.ConversationId, default));
        Assert.Equal(stored, await store.GetAsync(stored.TenantId, stored.ConversationId, default));
        Assert.DoesNotContain(await store.ListActiveAsync(other, default), r => r.ConversationId == stored.ConversationId);
    }

    [Fact]
    public async Task ListActive_TenantGiven_ReturnsOnlyThatTenantOrderedById()
    {
        string tenant = NewId();
        ConversationReference channel = new()
        {
            ConversationId = "19:" + NewId() + "@thread.tacv2",
            ConversationType = "channel",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            TenantId = tenant,
            BotId = "28:bot",
            TeamId = "19:team@thread.tacv2",
            ChannelId = "19:general@thread.tacv2",
            InstalledUtc = Installed,
            UpdatedUtc = Installed,
        };
        ConversationReference personal = Personal(tenant);
        await store.UpsertAsync(channel, default);
        await store.UpsertAsync(personal, default);
        await store.UpsertAsync(Personal(NewId()), default);

        IReadOnlyList<ConversationReference> active = await store.ListActiveAsync(tenant, default);

        Assert.Equal([channel, personal], active); // "19:" sorts before "a:"
    }

    [Fact]
    public async Task ListActive_NoTenant_ReturnsEveryTenant()
    {
        ConversationReference one = Personal(NewId());
        ConversationReference two = Personal(NewId());
        await store.UpsertAsync(one, default);
        await store.UpsertAsync(two, default);

        IReadOnlyList<ConversationReference> active = await store.ListActiveAsync(null, default);

        Assert.Contains(one, active);
        Assert.Contains(two, active);
    }

    private static ConversationReference Personal(string? tenantId = null) => new()
    {
        ConversationId = "a:" + NewId(),
        ConversationType = "personal",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        TenantId = tenantId ?? NewId(),
        BotId = "28:bot",
        UserAadObjectId = NewId(),
        InstalledUtc = Installed,
        UpdatedUtc = Installed,
    };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
