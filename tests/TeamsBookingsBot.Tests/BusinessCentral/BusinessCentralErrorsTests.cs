using System.Text.Json;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.BusinessCentral;

public sealed class BusinessCentralErrorsTests
{
    // Shape and text as BC returned them in microsoft/ALAppExtensions#23028.
    private const string SystemIdError = """
        {"error":{"code":"Internal_ServerError","message":"You cannot change the value of the SystemId field.\r\n\r\nTable: Sales Line\r\n\r\nIdentification fields and values:\r\nDocument Type='Order',Document No.='S-ORD101010',Line No.='10000' CorrelationId: 328e0d00-87f0-41c3-9d44-4cad01037865."}}
        """;

    [Fact]
    public void FromResponse_BcErrorBody_KeepsCodeAndMessageAndSplitsCorrelationId()
    {
        BusinessCentralException error = BusinessCentralErrors.FromResponse(400, "Bad Request",
            """{"error":{"code":"Internal_RecordNotFound","message":"The Item does not exist. Identification fields and values: No.='X'  CorrelationId:  fcca879e-a0cf-44ee-874f-8e2e00e4d52c."}}""");

        Assert.Equal("Internal_RecordNotFound", error.Code);
        Assert.Equal("The Item does not exist. Identification fields and values: No.='X'", error.Message);
        Assert.Equal("fcca879e-a0cf-44ee-874f-8e2e00e4d52c", error.CorrelationId);
        Assert.Equal(400, error.StatusCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void FromResponse_UnderscoreCorrelationId_IsStrippedToo()
    {
        (string message, string? id) = BusinessCentralErrors.SplitCorrelationId(
            "Could not find a property named 'salesLines' on type 'Microsoft.NAV.salesOrder'.  CorrelationId:  fcca879e_a0cf_44ee_874f_8e2e00e4d52c.");

        Assert.Equal("Could not find a property named 'salesLines' on type 'Microsoft.NAV.salesOrder'.", message);
        Assert.Equal("fcca879e_a0cf_44ee_874f_8e2e00e4d52c", id);
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(400, false)]
    public void FromResponse_HtmlGatewayPage_UsesStatusAndMarksTransience(int status, bool transient)
    {
        BusinessCentralException error = BusinessCentralErrors.FromResponse(status, null, "<html>gateway</html>");

        Assert.Equal($"Client_Http{status}", error.Code);
        Assert.Equal(transient, error.IsTransient);
    }

    [Fact]
    public void IsMultiLineDeepInsertRejection_SystemIdSalesLineError_IsRecognised()
    {
        BusinessCentralException error = BusinessCentralErrors.FromResponse(500, null, SystemIdError);

        Assert.True(BusinessCentralInvoiceWriter.IsMultiLineDeepInsertRejection(error));
        Assert.StartsWith("You cannot change the value of the SystemId field.", error.Message, StringComparison.Ordinal);
        Assert.Equal("328e0d00-87f0-41c3-9d44-4cad01037865", error.CorrelationId);
    }

    [Fact]
    public void IsMultiLineDeepInsertRejection_ValidationErrors_AreNotMistakenForIt()
    {
        BusinessCentralException unknownItem = BusinessCentralErrors.FromResponse(400, null,
            """{"error":{"code":"Internal_RecordNotFound","message":"The Item does not exist. Identification fields and values: No.='X'"}}""");
        BusinessCentralException unknown = new BusinessCentralOutcomeUnknownException("POST", "run", null);

        Assert.False(BusinessCentralInvoiceWriter.IsMultiLineDeepInsertRejection(unknownItem));
        Assert.False(BusinessCentralInvoiceWriter.IsMultiLineDeepInsertRejection(unknown));
    }

    [Fact]
    public void SalesInvoiceDto_DocsExampleFixture_MapsToPaidInvoiceWithTotal()
    {
        string json = File.ReadAllText(SharedPaths.Fixture("bc", "salesInvoice.docs-example.json"));

        BcSalesInvoice invoice = JsonSerializer.Deserialize<SalesInvoiceDto>(json, BusinessCentralJson.Options)!.ToInvoice();

        Assert.Equal(new BcSalesInvoice(Guid.Parse("9e0f5c9c-44e3-ea11-bb43-000d3a2feca1"), "PS-INV103001", BcInvoiceStatus.Paid, "",
            172.94m, "USD", "20000"), invoice);
    }

    [Fact]
    public void SalesInvoiceLineCreateDto_DeepInsertFixture_SerialisesTheSameFieldNames()
    {
        using JsonDocument fixture = JsonDocument.Parse(File.ReadAllText(SharedPaths.Fixture("bc", "salesInvoice-deepinsert.request.json")));
        JsonElement fixtureLine = fixture.RootElement.GetProperty("salesInvoiceLines")[0];

        string ours = JsonSerializer.Serialize(SalesInvoiceLineCreateDto.From(new BcDraftInvoiceLine("1928-S", "AMSTERDAM Lamp", 3m, 54.9m)), BusinessCentralJson.Options);
        using JsonDocument ourDoc = JsonDocument.Parse(ours);

        foreach (JsonProperty property in fixtureLine.EnumerateObject())
        {
            Assert.Equal(property.Value.ToString(), ourDoc.RootElement.GetProperty(property.Name).ToString());
        }
    }

    [Fact]
    public void SalesInvoiceLineCreateDto_LongDescription_IsCutToBcsHundredCharacters()
    {
        SalesInvoiceLineCreateDto line = SalesInvoiceLineCreateDto.From(new BcDraftInvoiceLine("S", new string('x', 130), 1m, 1m));

        Assert.Equal(100, line.Description.Length);
    }
}
