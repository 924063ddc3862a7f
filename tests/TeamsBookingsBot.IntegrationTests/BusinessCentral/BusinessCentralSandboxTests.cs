using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>The sandbox's own wire behaviour, checked with raw HTTP as any BC client would see it.</summary>
public sealed class BusinessCentralSandboxTests
{
    private static readonly string Company = $"companies({BusinessCentralSandbox.CronusCompanyId})";

    [Fact]
    public async Task Sandbox_PostBoundActionThenDelete_PostedInvoiceRefusedWithBcError()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        JsonNode created = await SendAsync(server, HttpMethod.Post, $"{Company}/salesInvoices",
            """{"customerNumber":"20000","salesInvoiceLines":[{"lineType":"Item","lineObjectNumber":"SVC-HAIRCUT","quantity":2}]}""", HttpStatusCode.Created);
        string id = created["id"]!.GetValue<string>();

        await SendAsync(server, HttpMethod.Post, $"{Company}/salesInvoices({id})/Microsoft.NAV.post", null, HttpStatusCode.NoContent);
        JsonNode error = await SendAsync(server, HttpMethod.Delete, $"{Company}/salesInvoices({id})", null, HttpStatusCode.BadRequest);
        JsonNode posted = await SendAsync(server, HttpMethod.Get, $"{Company}/salesInvoices({id})", null, HttpStatusCode.OK);

        Assert.Equal("Application_DialogException", error["error"]!["code"]!.GetValue<string>());
        Assert.Equal("Open", posted["status"]!.GetValue<string>());
        Assert.Equal(90m, posted["totalAmountIncludingTax"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Sandbox_BatchWithSnapshotIsolation_FailingOperationUndoesEarlierOnes()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        JsonNode created = await SendAsync(server, HttpMethod.Post, $"{Company}/salesInvoices", """{"customerNumber":"20000"}""", HttpStatusCode.Created);
        string lines = $"{Company}/salesInvoices({created["id"]!.GetValue<string>()})/salesInvoiceLines";
        string batch = $$$"""
            {"requests":[
              {"method":"POST","id":"1","url":"{{{lines}}}","headers":{"Content-Type":"application/json"},"body":{"lineObjectNumber":"SVC-HAIRCUT","quantity":1}},
              {"method":"POST","id":"2","url":"{{{lines}}}","headers":{"Content-Type":"application/json"},"body":{"lineObjectNumber":"NOPE","quantity":1}}]}
            """;
        using HttpRequestMessage request = new(HttpMethod.Post, server.BaseUrl + "/$batch") { Content = new StringContent(batch, Encoding.UTF8, "application/json") };
        request.Headers.Add("Isolation", "snapshot");

        using HttpResponseMessage response = await server.RawHttp.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([201, 400], body["responses"]!.AsArray().Select(r => r!["status"]!.GetValue<int>()));
        Assert.Empty(Assert.Single(server.Sandbox.Invoices).Lines);
    }

    [Fact]
    public async Task Sandbox_UnknownFilterProperty_AnswersBcShapedBadRequest()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        JsonNode error = await SendAsync(server, HttpMethod.Get, $"{Company}/customers?$filter=nickname%20eq%20%27x%27", null, HttpStatusCode.BadRequest);

        Assert.StartsWith("Could not find a property named 'nickname'", error["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeedFromBookings_FiveCustomersThreeServices_LeavesOneUnmatchedOneAmbiguousOneUnmapped()
    {
        BusinessCentralSandbox sandbox = new();

        BusinessCentralSandboxSeedReport report = sandbox.SeedFromBookings(
            [("Ann", "ann@contoso.com"), ("Bo", "bo@contoso.com"), ("Cy", "cy@contoso.com"), ("Di", "di@contoso.com"), ("Ed", "ed@contoso.com")],
            [("Haircut", 45m), ("Massage", 70m), ("Consultation", 120m)]);

        Assert.Equal("ed@contoso.com", report.UnmatchedEmail);
        Assert.Equal("ann@contoso.com", report.AmbiguousEmail);
        Assert.Equal("Consultation", report.UnmappedServiceName);
        Assert.Equal(5, report.CustomersCreated); // 4 matched + a second customer for ann
        Assert.Equal(2, report.ItemsCreated);
    }

    private static async Task<JsonNode> SendAsync(BusinessCentralSandboxServer server, HttpMethod method, string path, string? json, HttpStatusCode expected)
    {
        using HttpRequestMessage request = new(method, server.BaseUrl + "/" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using HttpResponseMessage response = await server.RawHttp.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }
}
