using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Setup;

public sealed class SetupCardsTests
{
    private static readonly BcCompany Cronus = new(Guid.Parse("11111111-1111-1111-1111-111111111111"), "CRONUS", "CRONUS USA, Inc.");
    private static readonly BcCompany Fabrikam = new(Guid.Parse("22222222-2222-2222-2222-222222222222"), "FABRIKAM", "FABRIKAM");

    private static readonly BusinessSettings Salon = new()
    {
        TenantId = "t",
        BusinessId = "salon@contoso.com",
        DisplayName = "Contoso Salon",
        SyncIntervalMinutes = 30,
        BusinessCentral = new BcCompanyRef("Production", Fabrikam.Id, "FABRIKAM"),
        FromConfiguration = new HashSet<BusinessSettingField> { BusinessSettingField.SyncInterval },
        Version = 4,
    };

    private static readonly Dictionary<BusinessSettingField, string> NoErrors = [];

    [Fact]
    public void Edit_StoredBusiness_PrefillsEveryFieldAndPicksItsCompany()
    {
        JsonObject json = CardJson.Of(SetupEditCard.Build(new SetupEditCardModel(Salon, "Contoso Salon", [Cronus, Fabrikam], null, NoErrors)));

        Assert.Equal("30", Input(json, SetupInputIds.SyncInterval)["value"]!.ToJsonString());
        JsonObject company = Input(json, SetupInputIds.Company);
        Assert.Equal(Fabrikam.Id.ToString(), (string?)company["value"]);
        Assert.Equal(["CRONUS USA, Inc. (CRONUS)", "FABRIKAM"], company["choices"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal("Production", (string?)Input(json, SetupInputIds.Environment)["value"]);
        Assert.Equal([CardVerbs.SetupSave, CardVerbs.SetupTest, CardVerbs.SetupShow], CardJson.TopLevelActions(json).Select(a => (string?)a["verb"]));
        Assert.Equal(4, (long)CardJson.TopLevelActions(json)[0]["data"]!["settingsVersion"]!);
    }

    [Fact]
    public void Edit_ValueFromConfiguration_SaysSoNextToItsFieldOnly()
    {
        JsonObject json = CardJson.Of(SetupEditCard.Build(new SetupEditCardModel(Salon, "Contoso Salon", [Cronus], null, NoErrors)));
        List<string?> texts = [.. BodyOrder(json)];

        int interval = texts.IndexOf("input:" + SetupInputIds.SyncInterval);
        Assert.Equal(SetupFormField.FromConfigurationNote, texts[interval + 1]);
        Assert.Single(texts, t => t == SetupFormField.FromConfigurationNote);
    }

    [Fact]
    public void Edit_WithErrors_PutsEachSentenceRightUnderItsField()
    {
        var errors = new Dictionary<BusinessSettingField, string>
        {
            [BusinessSettingField.TimeZone] = "Not a zone.",
            [BusinessSettingField.BusinessCentralCompany] = "No such company.",
        };
        List<string?> texts = [.. BodyOrder(CardJson.Of(SetupEditCard.Build(new SetupEditCardModel(Salon, "Contoso Salon", [Cronus], null, errors))))];

        Assert.Equal("Not a zone.", texts[texts.IndexOf("input:" + SetupInputIds.TimeZone) + 1]);
        Assert.Equal("No such company.", texts[texts.IndexOf("input:" + SetupInputIds.Company) + 1]);
        Assert.Contains("Nothing was saved: please fix the fields marked in red.", texts);
    }

    [Fact]
    public void Edit_CompaniesNotListed_SaysWhyAndAsksForTheNameInstead()
    {
        JsonObject json = CardJson.Of(SetupEditCard.Build(new SetupEditCardModel(Salon, "Contoso Salon", null, "Business Central is down.", NoErrors)));

        Assert.DoesNotContain(CardJson.OfType(json, "Input.ChoiceSet"), i => (string?)i["id"] == SetupInputIds.Company);
        Assert.Equal("FABRIKAM", (string?)Input(json, SetupInputIds.TypedCompany)["value"]);
        Assert.Contains("Business Central is down.", CardJson.VisibleText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_ListedBusinesses_OffersThemAndATypedMailbox()
    {
        JsonObject json = CardJson.Of(SetupPickCard.Build(new SetupPickCardModel(
            [new BookingsBusinessListing("salon@contoso.com", "Contoso Salon", null, "Europe/London", "GBP")], null)));

        JsonObject pick = Input(json, SetupInputIds.PickedBusiness);
        Assert.Equal("salon@contoso.com", (string?)pick["value"]);
        Assert.Equal("Contoso Salon (salon@contoso.com)", (string?)pick["choices"]![0]!["title"]);
        Assert.NotNull(Input(json, SetupInputIds.TypedMailbox));
        Assert.Equal(CardVerbs.SetupEdit, (string?)CardJson.TopLevelActions(json)[0]["verb"]);
    }

    [Fact]
    public void Pick_GraphFailed_StillLetsTheMailboxBeTyped()
    {
        JsonObject json = CardJson.Of(SetupPickCard.Build(new SetupPickCardModel([], "Microsoft Bookings did not list its businesses: denied.")));

        Assert.Empty(CardJson.OfType(json, "Input.ChoiceSet"));
        Assert.Equal("The business's booking mailbox address", (string?)Input(json, SetupInputIds.TypedMailbox)["label"]);
        Assert.Contains("denied.", CardJson.VisibleText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_Businesses_ShowsEachWithWhereItInvoicesAndAnEditButton()
    {
        JsonObject json = CardJson.Of(SetupOverviewCard.Build(new SetupOverviewCardModel([(Salon, "Contoso Salon")])));

        string text = CardJson.VisibleText(json);
        Assert.Contains("FABRIKAM (Production)", text, StringComparison.Ordinal);
        Assert.Contains("every 30 minutes", text, StringComparison.Ordinal);
        JsonObject edit = Assert.Single(CardJson.OfType(json, "Action.Execute"), a => (string?)a["verb"] == CardVerbs.SetupEdit);
        Assert.Equal("salon@contoso.com", (string?)edit["data"]!["businessId"]);
    }

    [Fact]
    public void Overview_BusinessesNotConnected_OfferConnectForEach()
    {
        JsonObject json = CardJson.Of(SetupOverviewCard.Build(new SetupOverviewCardModel([(Salon, "Contoso Salon")], null,
            [new BookingsBusinessListing("physio@fabrikam.com", "Fabrikam Physio", null, null, null)])));

        Assert.Contains("In Microsoft Bookings, not connected yet", CardJson.VisibleText(json), StringComparison.Ordinal);
        Assert.Equal(["salon@contoso.com", "physio@fabrikam.com"], CardJson.OfType(json, "Action.Execute")
            .Where(a => (string?)a["verb"] == CardVerbs.SetupEdit).Select(a => (string?)a["data"]!["businessId"]));
    }

    [Fact]
    public void Saved_NextStep_InvoicesYesterdayOfThatBusiness()
    {
        var yesterday = new BookingListQuery("salon@contoso.com", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), "yesterday");

        JsonObject json = CardJson.Of(SetupSavedCard.Build(new SetupSavedCardModel(Salon, "Contoso Salon", IsNewBusiness: true, BecameAdmin: false, yesterday)));

        JsonObject first = CardJson.TopLevelActions(json)[0];
        Assert.Equal((CardVerbs.PickBusiness, "Invoice yesterday's bookings"), ((string?)first["verb"], (string?)first["title"]));
        Assert.Equal("salon@contoso.com", (string?)first["data"]!["query"]!["businessId"]);
        Assert.True((bool)first["data"]!["readyToInvoice"]!);
        Assert.Contains("I'm fetching its bookings now", CardJson.VisibleText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionReport_FailedStep_NamesWhatToFix()
    {
        var report = new ConnectionReport(
        [
            new ConnectionCheckStep(ConnectionCheckArea.Bookings, "Read appointments", true, "Works."),
            new ConnectionCheckStep(ConnectionCheckArea.BusinessCentral, "Find the company", false, "The environment has no company FABRIKAM."),
        ]);

        JsonObject json = CardJson.Of(ConnectionReportCard.Build(new ConnectionReportCardModel("Contoso Salon", "salon@contoso.com", report)));

        string text = CardJson.VisibleText(json);
        Assert.Contains("1 thing needs fixing before invoicing works.", text, StringComparison.Ordinal);
        Assert.Contains("❌ Find the company: \nThe environment has no company FABRIKAM.", text, StringComparison.Ordinal);
        Assert.Contains("✅ Read appointments: \nWorks.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ForAdmin_TeachesSetupAndOffersItsButton()
    {
        JsonObject admin = CardJson.Of(HelpCard.Build(HelpCardModel.Plain with { ForAdmin = true }));
        JsonObject member = CardJson.Of(HelpCard.Build(HelpCardModel.Plain));

        Assert.Contains(CardVerbs.SetupShow, CardJson.TopLevelActions(admin).Select(a => (string?)a["verb"]));
        Assert.DoesNotContain(CardVerbs.SetupShow, CardJson.TopLevelActions(member).Select(a => (string?)a["verb"]));
        Assert.Contains(BotCommands.Setup.Description, CardJson.VisibleText(admin), StringComparison.Ordinal);
        Assert.DoesNotContain(BotCommands.Setup.Description, CardJson.VisibleText(member), StringComparison.Ordinal);
    }

    private static JsonObject Input(JsonObject card, string id) =>
        CardJson.Objects(card["body"]).Single(o => (string?)o["id"] == id);

    // The body in reading order: inputs as "input:<id>", texts as what they show.
    private static IEnumerable<string?> BodyOrder(JsonObject card) =>
        CardJson.Objects(card["body"]).Select(o => (string?)o["type"] switch
        {
            string type when type.StartsWith("Input.", StringComparison.Ordinal) => "input:" + (string?)o["id"],
            "TextBlock" => (string?)o["text"],
            "RichTextBlock" => string.Concat(o["inlines"]!.AsArray().Select(i => (string?)i!["text"])),
            _ => null,
        }).Where(t => t is not null);
}
