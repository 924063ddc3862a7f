using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

public sealed class CardActionParserTests
{
    private static readonly Guid RunId = new("5b1f2f7e-5d0e-4a53-9d6a-1f0c8d2f4e11");

    private static readonly CardActionData[] Samples =
    [
        new HelpActionData(),
        new ShowUninvoicedActionData(BookingRange.Yesterday),
        new ShowUninvoicedActionData(BookingRange.LastWeek, "Contoso"),
        new SyncNowActionData(),
        new SyncStatusActionData(),
        new InvoicePreviewActionData(["appt-1", "appt-2"], RunId),
        new InvoiceCreateActionData(["appt-1"], RunId),
        new ShowPageActionData(Query with { PageIndex = 2 }),
        new InvoiceAllActionData(Query with { Customer = "Contoso" }, RunId),
        new MarkInvoicedActionData(["appt-1", "appt-2"], Query),
        new ExcludeActionData(["appt-3"], Query),
        new InvoicePreviewActionData(["appt-1"], RunId) { Query = Query },
        new InvoiceCreateActionData(["appt-1"], RunId) { DraftCount = 3, Query = Query },
        new UndoInvoiceActionData(new Guid("0c6a1a8e-2f44-4f7b-9a51-3d1f3b2c9e01"), RunId),
        new UndoInvoiceActionData(new Guid("0c6a1a8e-2f44-4f7b-9a51-3d1f3b2c9e01"), RunId) { Undone = [RunId], Query = Query },
        new SetupShowActionData(),
        new SetupAddActionData(),
        new SetupEditActionData(null),
        new SetupEditActionData("salon@contoso.com", KeepInputs: true),
        new SetupSaveActionData("salon@contoso.com", 2),
        new SetupTestActionData("salon@contoso.com"),
        new PeopleActionData(),
        new ChangeRoleActionData("00000000-0000-0000-0000-000000000021", Application.Roles.TenantRole.Invoicer) { MemberId = "29:user-megan" },
        new ChangeRoleActionData("00000000-0000-0000-0000-000000000021", Application.Roles.TenantRole.Member),
        new PickBusinessActionData(Query with { ListId = null }, ReadyToInvoice: true, Link: true),
    ];

    private static BookingListQuery Query => new(
        "contosohair@contoso.onmicrosoft.com",
        new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
        "yesterday");

    public static TheoryData<CardActionData> OneOfEachVerb() => [.. Samples];

    [Fact]
    public void CardVerbs_EveryVerb_HasADataRecord()
    {
        Assert.Equal(CardVerbs.All.Order(), Samples.Select(d => d.Verb).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(OneOfEachVerb))]
    public void TryParse_ExecuteInvokeValue_ReturnsEqualData(CardActionData data)
    {
        AdaptiveExecuteAction action = data.ToExecuteAction("Go");

        Assert.True(CardActionParser.TryParse(InvokeValue(action.Verb, action.Data!), out CardActionRequest? request));

        Assert.Equal(data, request.Data);
        Assert.Empty(request.Inputs);
    }

    [Theory]
    [MemberData(nameof(OneOfEachVerb))]
    public void TryParse_SubmitFallbackMessageValue_ReturnsEqualData(CardActionData data)
    {
        JsonObject card = new AdaptiveCard { Actions = { data.ToExecuteAction("Go") } }.ToJsonObject();
        JsonNode fallbackData = card["actions"]![0]!["fallback"]!["data"]!;

        Assert.True(CardActionParser.TryParse(Element(fallbackData), out CardActionRequest? request));

        Assert.Equal(data, request.Data);
    }

    [Theory]
    [InlineData("not-a-mailbox")]
    [InlineData("@contoso.com")]
    [InlineData("salon@")]
    [InlineData("salon@contoso.com/../../users")]
    [InlineData("salon @contoso.com")]
    public void TryParse_SetupDataWithForgedBusinessId_IsRefused(string businessId)
    {
        JsonObject data = new SetupTestActionData("salon@contoso.com").ToJsonObject();
        data["businessId"] = businessId;

        Assert.False(CardActionParser.TryParse(InvokeValue(CardVerbs.SetupTest, data), out _));
    }

    [Fact]
    public void ToJsonObject_ShowUninvoiced_HasVerbVersionAndRange()
    {
        JsonObject data = new ShowUninvoicedActionData(BookingRange.LastWeek).ToJsonObject();

        Assert.Equal(["verb", "v", "range"], data.Select(p => p.Key));
        Assert.Equal("last-week", (string?)data["range"]);
    }

    [Fact]
    public void TryParse_InputsMergedIntoData_AreReturnedSeparately()
    {
        JsonObject data = new InvoiceCreateActionData(["appt-1", "appt-2"], RunId).ToJsonObject();
        data["pick.appt-1"] = "true";
        data["pick.appt-2"] = "false";

        Assert.True(CardActionParser.TryParse(InvokeValue(CardVerbs.InvoiceCreate, data), out CardActionRequest? request));

        Assert.Equal(new Dictionary<string, string> { ["pick.appt-1"] = "true", ["pick.appt-2"] = "false" }, request.Inputs);
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help","data":{"verb":"help"}}}""")] // card from before versioning
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help","data":{"verb":"help","v":0}}}""")] // older version
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help","data":{"verb":"help","v":"1"}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"reports.run","data":{"verb":"reports.run","v":1}}}""")] // unknown verb
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help","data":{"verb":"sync.now","v":1}}}""")] // verb mismatch
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help"}}""")] // no data
    [InlineData("""{"action":{"type":"Action.Execute","data":{"verb":"help","v":1}}}""")] // no verb
    [InlineData("""{"verb":"invoice.create","v":1,"appointmentIds":["a"]}""")] // runId missing
    [InlineData("""{"verb":"invoice.create","v":1,"appointmentIds":[],"runId":"5b1f2f7e-5d0e-4a53-9d6a-1f0c8d2f4e11"}""")]
    [InlineData("""{"verb":"invoice.create","v":1,"appointmentIds":[" "],"runId":"5b1f2f7e-5d0e-4a53-9d6a-1f0c8d2f4e11"}""")]
    [InlineData("""{"verb":"invoice.create","v":1,"appointmentIds":["a"],"runId":"00000000-0000-0000-0000-000000000000"}""")]
    [InlineData("""{"verb":"invoice.create","v":1,"appointmentIds":"a","runId":"5b1f2f7e-5d0e-4a53-9d6a-1f0c8d2f4e11"}""")]
    [InlineData("""{"verb":"show.uninvoiced","v":1}""")] // range missing
    [InlineData("""{"verb":"show.uninvoiced","v":1,"range":"next-century"}""")]
    [InlineData("""{"verb":"show.uninvoiced","v":1,"range":2}""")]
    [InlineData("""{"verb":"show.uninvoiced","v":1,"range":null}""")]
    [InlineData("""{"text":"hello"}""")]
    [InlineData("""["help"]""")]
    [InlineData("\"help\"")]
    public void TryParse_OutOfDateOrMalformed_ReturnsFalse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        Assert.False(CardActionParser.TryParse(document.RootElement, out CardActionRequest? request));
        Assert.Null(request);
    }

    private static JsonElement InvokeValue(string verb, JsonObject data) => Element(new JsonObject
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = verb, ["data"] = data.DeepClone() },
    });

    private static JsonElement Element(JsonNode node) => JsonSerializer.Deserialize<JsonElement>(node.ToJsonString());
}
