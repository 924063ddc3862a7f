using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Testing.Playground;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// Time to value, as a person does it in Agents Playground against the real bot and its sandbox: install, connect the
/// second Bookings business (Graph lists it, nobody configured it) to its own Business Central company, and invoice its
/// bookings of yesterday. Each press is counted; nothing is typed and no file is edited. Its own bot and playground:
/// connecting a second business changes what every other scenario's list asks.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SetupPlaygroundTests : IClassFixture<BotPlaygroundFixture>
{
    public const int MaxPresses = 6;

    private readonly BotPlaygroundFixture fixture;
    private int presses;

    public SetupPlaygroundTests(BotPlaygroundFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task Playground_FromInstallToFirstDrafts_SixPressesNoTypingAndTheDraftsLandInTheBusinessOwnCompany()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();
        await chat.InstallAsync();
        PlaygroundMessage welcome = await chat.WaitForCardAsync("bookings-to-invoices helper");

        JsonObject overview = await PressAsync(chat, welcome, welcome.Cards[0], CardVerbs.SetupShow);
        Assert.Contains("Fabrikam Physio", CardJson.Text(overview));
        JsonObject form = await PressAsync(chat, welcome, overview, CardVerbs.SetupEdit, b => (string?)b["data"]!["businessId"] == SandboxPhysioPractice.Mailbox);
        // The zone comes prefilled from Bookings, not the UTC default.
        Assert.NotEqual("UTC", (string?)SetupChat.Objects(form).Single(o => (string?)o["id"] == SetupInputIds.TimeZone)["value"]);
        JsonObject saved = await PressAsync(chat, welcome, form, CardVerbs.SetupSave, inputs: SetupChat.Typed(form, new Dictionary<string, string>
        {
            [SetupInputIds.Company] = BusinessCentralSandbox.FabrikamCompanyId.ToString(), // the one choice made: which company
        }));
        Assert.Contains("Setup saved", CardJson.Text(saved));
        await fixture.SyncsFinished.WaitForCountAsync(2, TimeSpan.FromSeconds(60)); // the new business's first sync

        JsonObject list = await PressAsync(chat, welcome, saved, CardVerbs.PickBusiness);
        Assert.Contains("Ready to invoice", CardJson.Text(list));
        JsonObject preview = await PressAsync(chat, welcome, list, CardVerbs.InvoicePreview);
        JsonObject result = await PressAsync(chat, welcome, preview, CardVerbs.InvoiceCreate);

        BusinessCentralSandbox bc = fixture.App.Services.GetRequiredService<BusinessCentralSandbox>();
        IReadOnlyList<BusinessCentralSandboxInvoice> drafts = bc.InvoicesOf(BusinessCentralSandbox.FabrikamCompanyId);
        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.Contains(d.Number, CardJson.Text(result)));
        Assert.DoesNotContain(bc.Invoices, i => drafts.Any(d => d.Id == i.Id)); // none in CRONUS
        Assert.True(presses <= MaxPresses, $"{presses} presses");
        BusinessSettings stored = (await fixture.App.Services.GetRequiredService<IBusinessSettingsStore>()
            .FindAsync(SandboxMode.DefaultTenantId, SandboxPhysioPractice.Mailbox, default))!;
        Assert.Equal(BusinessCentralSandbox.FabrikamCompanyId, stored.BusinessCentral!.CompanyId);
    }

    private async Task<JsonObject> PressAsync(
        PlaygroundSession chat, PlaygroundMessage on, JsonObject card, string verb, Func<JsonObject, bool>? which = null, Dictionary<string, string>? inputs = null)
    {
        JsonObject data = CardJson.Data(SetupChat.Button(card, verb, which));
        foreach ((string id, string value) in inputs ?? [])
        {
            data[id] = value;
        }
        presses++;
        return CardJson.ResponseCard(await chat.ExecuteAsync(on.MessageId!, verb, data));
    }
}
