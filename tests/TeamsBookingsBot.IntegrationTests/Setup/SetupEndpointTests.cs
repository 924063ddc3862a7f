using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// The setup cards through POST /api/messages on Kestrel: the real app with its SQLite store, Quartz store, sandbox
/// Bookings (one business seeded from configuration, a second one listed by Graph but set up by nobody) and sandbox
/// Business Central (two companies). The sandbox tenant's first person is its admin.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SetupEndpointTests : IAsyncLifetime
{
    private const string Tenant = SandboxMode.DefaultTenantId;
    private readonly string database = Path.Combine(Directory.CreateTempSubdirectory("tbb-setup-").FullName, "bot.db");
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = Start();
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Setup_PickABusinessAndACompany_SavesSchedulesItsSyncAndShowsItOnTheOverview()
    {
        SetupChat admin = Chat("aad-ada");
        JsonObject overview = await admin.SayForCardAsync("setup");
        Assert.Contains(SandboxBookingsData.BusinessName, CardJson.Text(overview));

        JsonObject pick = await admin.PressForCardAsync(SetupChat.Button(overview, CardVerbs.SetupAdd));
        Assert.Contains(SandboxGraphApi.ForbiddenMailbox, CardJson.Text(pick));
        Assert.DoesNotContain($"\"value\":\"{SandboxBookingsData.Mailbox}\"", CardJson.Text(pick), StringComparison.OrdinalIgnoreCase);
        JsonObject form = await admin.PressForCardAsync(SetupChat.Button(pick, CardVerbs.SetupEdit),
            new Dictionary<string, string> { [SetupInputIds.PickedBusiness] = SandboxGraphApi.ForbiddenMailbox });
        Assert.Contains(BusinessCentralSandbox.EmptyCompanyName, CardJson.Text(form));

        JsonObject saved = await admin.PressForCardAsync(SetupChat.Button(form, CardVerbs.SetupSave), SetupChat.Typed(form, new Dictionary<string, string>
        {
            [SetupInputIds.Company] = BusinessCentralSandbox.EmptyCompanyId.ToString(),
            [SetupInputIds.SyncInterval] = "30",
            [SetupInputIds.TimeZone] = "Europe/London",
        }));

        Assert.True(CardJson.Text(saved).Contains("Setup saved", StringComparison.Ordinal), CardJson.Text(saved));
        BusinessSettings stored = (await Settings.FindAsync(Tenant, SandboxGraphApi.ForbiddenMailbox, default))!;
        Assert.Equal((30, "Europe/London", BusinessCentralSandbox.EmptyCompanyId, "aad-ada"),
            (stored.SyncIntervalMinutes, stored.TimeZoneId, stored.BusinessCentral!.CompanyId!.Value, stored.UpdatedBy!));
        Assert.Equal(TimeSpan.FromMinutes(30), await IntervalAsync(SandboxGraphApi.ForbiddenMailbox));
        JsonObject after = await admin.SayForCardAsync("setup");
        Assert.Contains(BusinessCentralSandbox.EmptyCompanyName + " (Production)", CardJson.Text(after));
    }

    [Fact]
    public async Task Setup_ChangeTheInterval_ReschedulesTheStoredTriggerAtOnceAndSurvivesARestart()
    {
        SetupChat admin = Chat("aad-ada");
        Assert.Equal(TimeSpan.FromMinutes(15), await IntervalAsync(SandboxBookingsData.Mailbox));
        JsonObject form = await EditSalonAsync(admin);

        await admin.PressForCardAsync(SetupChat.Button(form, CardVerbs.SetupSave),
            SetupChat.Typed(form, new Dictionary<string, string> { [SetupInputIds.SyncInterval] = "45" }));

        Assert.Equal(TimeSpan.FromMinutes(45), await IntervalAsync(SandboxBookingsData.Mailbox));
        app.Dispose();
        app = Start();
        Assert.Equal(45, (await Settings.FindAsync(Tenant, SandboxBookingsData.Mailbox, default))!.SyncIntervalMinutes);
        Assert.Equal(TimeSpan.FromMinutes(45), await IntervalAsync(SandboxBookingsData.Mailbox));
    }

    [Fact]
    public async Task Setup_WrongFields_SavesNothingAndSaysWhatIsWrongNextToEach()
    {
        SetupChat admin = Chat("aad-ada");
        BusinessSettings before = (await Settings.FindAsync(Tenant, SandboxBookingsData.Mailbox, default))!;
        JsonObject form = await EditSalonAsync(admin);

        JsonObject again = await admin.PressForCardAsync(SetupChat.Button(form, CardVerbs.SetupSave), SetupChat.Typed(form, new Dictionary<string, string>
        {
            [SetupInputIds.SyncInterval] = "2",
            [SetupInputIds.TimeZone] = "Mars/Olympus",
        }));

        string text = CardJson.Text(again);
        Assert.Contains("Nothing was saved", text);
        Assert.Contains("Sync every 5 to 1440 minutes", text);
        Assert.Contains("This is not a time zone I know", text);
        Assert.Equal(before.Version, (await Settings.FindAsync(Tenant, SandboxBookingsData.Mailbox, default))!.Version);
    }

    [Fact]
    public async Task Setup_TestConnectionOfABusinessWithoutPermission_PostsTheReportBesideTheForm()
    {
        SetupChat admin = Chat("aad-ada");
        JsonObject overview = await admin.SayForCardAsync("setup");
        JsonObject pick = await admin.PressForCardAsync(SetupChat.Button(overview, CardVerbs.SetupAdd));
        JsonObject form = await admin.PressForCardAsync(SetupChat.Button(pick, CardVerbs.SetupEdit),
            new Dictionary<string, string> { [SetupInputIds.TypedMailbox] = SandboxGraphApi.ForbiddenMailbox });

        JsonObject report = await admin.PressForPostedCardAsync(SetupChat.Button(form, CardVerbs.SetupTest),
            SetupChat.Typed(form, new Dictionary<string, string> { [SetupInputIds.Company] = BusinessCentralSandbox.CronusCompanyId.ToString() }));

        string text = CardJson.Text(report);
        Assert.Contains("Connection test", text);
        Assert.Contains("❌", text);
        Assert.Contains("✅", text); // Business Central's steps pass: only Bookings lacks the permission
        Assert.Null(await Settings.FindAsync(Tenant, SandboxGraphApi.ForbiddenMailbox, default));
    }

    [Fact]
    public async Task Install_FirstPersonOfTheTenant_IsWelcomedWithSetupAndTheNextOneWithout()
    {
        JsonObject first = await Chat("aad-ada").InstallForCardAsync();
        JsonObject second = await Chat("aad-bob").InstallForCardAsync();

        Assert.Contains("Press **Setup** to connect", CardJson.Text(first));
        Assert.NotNull(CardJson.FindExecute(first, CardVerbs.SetupShow));
        Assert.Null(CardJson.FindExecute(second, CardVerbs.SetupShow));
    }

    [Fact]
    public async Task Setup_SomeoneWhoIsNotAdmin_IsRefusedWithTheAdminsName()
    {
        await Chat("aad-ada").SayForCardAsync("help"); // the sandbox tenant's first person: its admin

        JsonObject refusal = await Chat("aad-bob").SayForCardAsync("setup");

        Assert.DoesNotContain("setup.save", CardJson.Text(refusal));
        Assert.Contains("admin", CardJson.Text(refusal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Setup_AnotherTenantNamingThisTenantsBusiness_SeesNoneOfItsSetupAndCannotSaveIt()
    {
        BusinessSettings before = (await Settings.FindAsync(Tenant, SandboxBookingsData.Mailbox, default))!;
        var other = new SetupChat(app, connector, "99999999-9999-4999-8999-999999999999", "aad-eve", "a:eve-chat");
        JsonObject overview = await other.SayForCardAsync("setup");
        // The sandbox's Graph lists its businesses to any tenant (a real tenant's Graph lists its own), so B may be offered
        // to connect the salon; what A set up is not shown: no Edit of it, not where its invoices go.
        Assert.DoesNotContain(BusinessCentralSandbox.CronusCompanyName, CardJson.Text(overview));
        Assert.Null(SetupChat.Objects(overview).FirstOrDefault(o => (string?)o["title"] == "Edit"));
        var forged = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.SetupEdit, ["data"] = new SetupEditActionData(SandboxBookingsData.Mailbox).ToJsonObject() };

        JsonObject form = await other.PressForCardAsync(forged);
        Assert.DoesNotContain(BusinessCentralSandbox.CronusCompanyId.ToString(), (string?)SetupChat.Objects(form).FirstOrDefault(o => (string?)o["id"] == SetupInputIds.Company)?["value"] ?? "");
        JsonObject refused = await other.PressForCardAsync(SetupChat.Button(form, CardVerbs.SetupSave),
            SetupChat.Typed(form, new Dictionary<string, string> { [SetupInputIds.Company] = BusinessCentralSandbox.EmptyCompanyId.ToString() }));

        Assert.Contains("connected in another organization", CardJson.Text(refused));
        BusinessSettings after = (await Settings.FindAsync(Tenant, SandboxBookingsData.Mailbox, default))!;
        Assert.Equal((before.Version, before.BusinessCentral), (after.Version, after.BusinessCentral));
    }

    private IBusinessSettingsStore Settings => app.Services.GetRequiredService<IBusinessSettingsStore>();

    private SetupChat Chat(string user) => new(app, connector, Tenant, user, "a:chat-" + user);

    private static async Task<JsonObject> EditSalonAsync(SetupChat admin)
    {
        JsonObject overview = await admin.SayForCardAsync("setup");
        return await admin.PressForCardAsync(SetupChat.Button(overview, CardVerbs.SetupEdit,
            b => string.Equals((string?)b["data"]!["businessId"], SandboxBookingsData.Mailbox, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<TimeSpan?> IntervalAsync(string businessId)
    {
        IScheduler scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(BookingSyncJob.TriggerKeyFor(businessId)) as ISimpleTrigger)?.RepeatInterval;
    }

    private BotApplicationFactory Start()
    {
        var started = new BotApplicationFactory(extra: new Dictionary<string, string?> { ["ConnectionStrings:Bot"] = "Data Source=" + database });
        started.UseKestrel(0);
        started.StartServer();
        return started;
    }
}
