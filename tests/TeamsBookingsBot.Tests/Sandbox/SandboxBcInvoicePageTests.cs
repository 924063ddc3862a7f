using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.Sandbox;

public sealed class SandboxBcInvoicePageTests
{
    private static SandboxBcInvoice Invoice(string customerName, string description) => new()
    {
        Number = "S-INV100001",
        ExternalDocumentNumber = "run-1",
        InvoiceDate = new DateOnly(2026, 11, 24),
        Customer = new SandboxBcCustomer { Number = "20000", DisplayName = customerName },
        CurrencyCode = "",
        Lines =
        [
            new(Guid.NewGuid(), Guid.Empty, 10000, "Item", "SVC-001", Guid.Empty, description, 1.5m, 45.555m, "HOUR"),
            new(Guid.NewGuid(), Guid.Empty, 20000, "Item", "SVC-002", Guid.Empty, "Colour", 1m, 80m, "HOUR"),
        ],
    };

    [Fact]
    public void Render_HostileBookingsText_IsEncodedAndThePageHasNoScript()
    {
        string html = SandboxBcInvoicePage.Render(Invoice("<script>alert(1)</script>", "Cut & \"style\" <img src=x onerror=alert(2)>"), "CRONUS USA, Inc.", "USD");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Cut &amp; &quot;style&quot; &lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Lines_ShowQuantityUnitPriceAmountsAndTotalsInTheLocalCurrency()
    {
        string html = SandboxBcInvoicePage.Render(Invoice("Trey Research", "Haircut"), "CRONUS USA, Inc.", "USD");

        Assert.Contains("<td class=\"n\">1.5</td><td class=\"n\">45.555</td><td class=\"n\">68.33</td>", html, StringComparison.Ordinal);
        Assert.Contains("Total USD incl. tax</th><td class=\"n\">148.33</td>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>20000 Trey Research</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Draft</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'No.' IS 'S-INV100001'", "S-INV100001")]
    [InlineData("'No.' IS 'O''Brien-1'", "O'Brien-1")]
    [InlineData("'No.' IS ''", null)]
    [InlineData("'Customer' IS 'x'", null)]
    [InlineData("'No.' IS 'a' OR 'b'", null)]
    public void InvoiceNumber_BcFilterSyntax(string filter, string? expected) =>
        Assert.Equal(expected, SandboxBcWebClient.InvoiceNumber(filter));
}
