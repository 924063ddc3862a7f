using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.InvoicingChat;
using TeamsBookingsBot.Teams.Roles;

namespace TeamsBookingsBot.Roles;

/// <summary>Who becomes a tenant's first admin: the sandbox's first user, the first to complete setup, or only Bot:Admins.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class FirstAdminPolicyTests
{
    [Fact]
    public async Task Sandbox_FirstPersonToUseTheBot_IsAdmin_OthersAreMembers_Audited()
    {
        await using InvoicingChatApp app = await InvoicingChatApp.StartAsync();
        ITenantRoleStore store = app.Services.GetRequiredService<ITenantRoleStore>();

        await app.SendTextAsync("help", from: ChatUser.Adele);
        await app.SendTextAsync("help", from: ChatUser.Alex);
        (JsonObject response, _) = await app.InvokeAsync(new PeopleActionData(), from: ChatUser.Alex);

        Assert.Equal(TenantRole.Admin, await store.GetRoleAsync("tenant-1", ChatUser.Adele.AadObjectId, default));
        Assert.Equal(TenantRole.Member, await store.GetRoleAsync("tenant-1", ChatUser.Alex.AadObjectId, default));
        Assert.Equal("Only admins can change who may invoice.", (string?)response["value"]);
        Application.Ports.AuditEntry entry = Assert.Single(app.Audit.Entries, e => e.Action.StartsWith("role.", StringComparison.Ordinal));
        Assert.Equal(("role.first-admin", "aad-adele", "Adele Vance"), (entry.Action, entry.ActorAadObjectId, entry.ActorName));
        Assert.Equal("tenant-1", entry.TenantId);
    }

    [Fact]
    public async Task Sandbox_EachTenantHasItsOwnFirstAdmin()
    {
        await using InvoicingChatApp app = await InvoicingChatApp.StartAsync();
        ITenantRoleStore store = app.Services.GetRequiredService<ITenantRoleStore>();

        await app.SendTextAsync("help", from: ChatUser.Alex);
        await app.SendTextAsync("help", from: ChatUser.Eve);

        Assert.Equal(TenantRole.Admin, await store.GetRoleAsync("tenant-2", ChatUser.Eve.AadObjectId, default));
        Assert.Equal(TenantRole.Member, await store.GetRoleAsync("tenant-2", ChatUser.Alex.AadObjectId, default));
    }

    [Fact]
    public async Task SetupSaved_FirstToCompleteItBecomesAdmin_OnlyOnce_Audited()
    {
        await using InvoicingChatApp app = await InvoicingChatApp.StartAsync();
        FirstAdminPolicy policy = app.Services.GetRequiredService<FirstAdminPolicy>();

        Assert.True(await policy.SetupClaimsFirstAdminAsync("tenant-9", default));
        Assert.True(await policy.OnSetupSavedAsync("tenant-9", "aad-first", "First", default));
        Assert.False(await policy.OnSetupSavedAsync("tenant-9", "aad-second", "Second", default));
        Assert.False(await policy.SetupClaimsFirstAdminAsync("tenant-9", default));

        IReadOnlyList<TenantRoleHolder> holders = await app.Services.GetRequiredService<ITenantRoleStore>().ListAsync("tenant-9", default);
        Assert.Equal([new TenantRoleHolder("aad-first", "First", TenantRole.Admin, FromConfiguration: false)], holders);
        Assert.Contains(app.Audit.Entries, e => e.Action == "role.first-admin" && e.Details.Contains("completed the first setup", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotAdminsNamed_OnlyTheyAreAdmins_NobodyClaimsBySandboxOrSetup()
    {
        await using InvoicingChatApp app = await InvoicingChatApp.StartAsync(new Dictionary<string, string> { ["Bot:Admins:0"] = "AAD-MEGAN" });
        FirstAdminPolicy policy = app.Services.GetRequiredService<FirstAdminPolicy>();
        ITenantRoleStore store = app.Services.GetRequiredService<ITenantRoleStore>();

        await app.SendTextAsync("help", from: ChatUser.Alex);
        await app.SendTextAsync("help", from: ChatUser.Megan);

        Assert.Equal(TenantRole.Member, await store.GetRoleAsync("tenant-1", ChatUser.Alex.AadObjectId, default));
        Assert.Equal([new TenantRoleHolder("aad-megan", "Megan Bowen", TenantRole.Admin, FromConfiguration: true)], await store.ListAsync("tenant-1", default));
        Assert.False(await policy.OnSetupSavedAsync("tenant-9", "aad-first", "First", default));
        Assert.Empty(await store.ListAsync("tenant-9", default));
        Assert.Single(app.Audit.Entries, e => e.Action == "role.admin-from-configuration");
    }

    [Fact]
    public async Task BotAdminsNamed_WithTheTenantConfigured_AreSeededAtStartAndNamedOnTheRefusalBeforeTheyUseTheBot()
    {
        await using InvoicingChatApp app = await InvoicingChatApp.StartAsync(new Dictionary<string, string>
        {
            ["Bot:Admins:0"] = "aad-megan",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        (JsonObject response, _) = await app.InvokeAsync(new PeopleActionData(), from: ChatUser.Adele);

        Assert.Equal([new TenantRoleHolder("aad-megan", null, TenantRole.Admin, FromConfiguration: true)],
            await app.Services.GetRequiredService<ITenantRoleStore>().ListAsync("tenant-1", default));
        Assert.Equal("Only admins can change who may invoice.", (string?)response["value"]);
        JsonNode card = app.Connector.Requests.Last(r => r.Method == "POST").Json["attachments"]![0]!["content"]!;
        Assert.Contains("An admin named in the bot's configuration.", InvoiceCardJson.VisibleText(card), StringComparison.Ordinal);
    }
}
