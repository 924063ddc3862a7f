using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Bookings text longer than a Business Central field is cut by the client before it is sent. The sandbox refuses
/// over-long values the way BC does, so a value that slipped through would fail these tests.
/// </summary>
public sealed class BusinessCentralFieldLengthTests
{
    private static readonly string Company = $"companies({BusinessCentralSandbox.CronusCompanyId})";

    [Theory]
    [InlineData("customers", "displayName", 100)]
    [InlineData("customers", "email", 80)]
    [InlineData("customers", "phoneNumber", 30)]
    [InlineData("salesInvoices", "externalDocumentNumber", 35)]
    [InlineData("salesInvoiceLines", "description", 100)]
    public async Task Sandbox_ValueOneLongerThanTheField_RefusedLikeBusinessCentral(string resource, string field, int length)
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        string value = new('x', length + 1);
        string body = resource switch
        {
            "customers" => new JsonObject { ["displayName"] = "Nora Lind", [field] = value }.ToJsonString(),
            "salesInvoices" => new JsonObject { ["customerNumber"] = "20000", [field] = value }.ToJsonString(),
            _ => new JsonObject
            {
                ["customerNumber"] = "20000",
                ["salesInvoiceLines"] = new JsonArray(new JsonObject { ["lineObjectNumber"] = "SVC-HAIRCUT", ["quantity"] = 1, [field] = value }),
            }.ToJsonString(),
        };

        using HttpResponseMessage response = await server.RawHttp.PostAsync(
            $"{server.BaseUrl}/{Company}/{(resource == "customers" ? "customers" : "salesInvoices")}",
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("Application_StringExceededLength", (string?)error["code"]);
        Assert.StartsWith($"The length of the string is {length + 1}, but it must be less than or equal to {length} characters.", (string?)error["message"], StringComparison.Ordinal);
        Assert.Empty(server.Sandbox.Invoices);
    }

    [Fact]
    public async Task CreateCustomer_NameEmailAndPhoneLongerThanBcFields_AreCutBeforeSendingAndFoundAgain()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        string name = "Anneliese Catherine Montgomery-Fitzgerald " + new string('y', 56) + "😀 and more";
        string email = new string('n', 70) + "@bookings.contoso.com";

        BcCustomer created = await server.Client.CreateCustomerAsync(new BcNewCustomer(name, email, "+1 555 0100 ext. 1234 (front desk, ask for Ann)"), default);

        Assert.Equal(name[..98] + "…", created.DisplayName); // 99 characters: the emoji at 98-99 is not split in half
        Assert.Equal(email[..80], created.Email);
        // The same cut finds the customer next time, so a second run does not create another one.
        Assert.Equal(created.Id, Assert.Single(await server.Client.FindCustomersByEmailAsync(email, default)).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateSalesInvoice_LineDescriptionLongerThanBcField_IsCutInDeepInsertAndBatch(bool rejectDeepInsert)
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(
            new BusinessCentralSandboxOptions { RejectMultiLineDeepInsert = rejectDeepInsert });
        string description = "Haircut and colour " + new string('z', 130);

        await server.Client.CreateSalesInvoiceAsync(new BcDraftInvoice("20000", "run-long", new DateOnly(2026, 3, 2),
        [
            new BcDraftInvoiceLine("SVC-HAIRCUT", description, 1m, 45m),
            new BcDraftInvoiceLine("SVC-COLOUR", description, 1m, 80m),
            new BcDraftInvoiceLine("SVC-CONSULT", description, 1m, 120m),
        ]), default);

        BusinessCentralSandboxInvoice stored = Assert.Single(server.Sandbox.Invoices);
        Assert.All(stored.Lines, l => Assert.Equal(description[..99] + "…", l.Description));
        Assert.Equal(rejectDeepInsert ? 1 : 0, server.Sandbox.RequestCount("POST $batch"));
    }

    [Fact]
    public async Task FindItemsByName_LongerThanAnyItemNameCanBe_FindsNothingWithoutAskingBc()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        Assert.Empty(await server.Client.FindItemsByNameAsync(new string('h', 101), default));

        Assert.Equal(0, server.Sandbox.RequestCount("GET items"));
    }
}
