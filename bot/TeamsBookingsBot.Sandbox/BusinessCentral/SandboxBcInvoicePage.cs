using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// A sandbox sales invoice as a plain HTML page: number, customer, lines, totals, status. Every value is
/// HTML-encoded (names and descriptions come from Bookings, untrusted) and the page has no script.
/// </summary>
internal static class SandboxBcInvoicePage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(SandboxBcInvoice invoice, string company, string localCurrencyCode)
    {
        string currency = string.IsNullOrEmpty(invoice.CurrencyCode) ? localCurrencyCode : invoice.CurrencyCode;
        decimal total = invoice.Lines.Sum(l => l.Amount);
        var body = new StringBuilder();
        body.Append("<p class=\"note\">Sandbox Business Central: this invoice exists only in the bot's sandbox, not in a real Business Central.</p>");
        body.Append("<dl>");
        Field(body, "Company", company);
        Field(body, "Status", invoice.Status);
        Field(body, "Customer", $"{invoice.Customer.Number} {invoice.Customer.DisplayName}");
        Field(body, "Document date", invoice.InvoiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(body, "External document no.", invoice.ExternalDocumentNumber);
        Field(body, "Currency", currency);
        body.Append("</dl><table><thead><tr><th>No.</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Line amount</th></tr></thead><tbody>");
        foreach (SandboxBcLine line in invoice.Lines.OrderBy(l => l.Sequence))
        {
            body.Append("<tr><td>").Append(Html.Encode(line.LineObjectNumber))
                .Append("</td><td>").Append(Html.Encode(line.Description))
                .Append("</td><td class=\"n\">").Append(Html.Encode(line.Quantity.ToString("0.#####", CultureInfo.InvariantCulture)))
                .Append("</td><td class=\"n\">").Append(Html.Encode(Amount(line.UnitPrice)))
                .Append("</td><td class=\"n\">").Append(Html.Encode(Amount(line.Amount)))
                .Append("</td></tr>");
        }
        body.Append("</tbody><tfoot>");
        Total(body, $"Total {currency} excl. tax", total);
        Total(body, $"Total tax {currency}", 0m);
        Total(body, $"Total {currency} incl. tax", total);
        body.Append("</tfoot></table>");
        return Page($"Sales Invoice {invoice.Number}", body.ToString());
    }

    public static string Message(string title, string text) => Page(title, "<p>" + Html.Encode(text) + "</p>");

    private static void Field(StringBuilder body, string name, string value) =>
        body.Append("<dt>").Append(Html.Encode(name)).Append("</dt><dd>").Append(Html.Encode(value)).Append("</dd>");

    private static void Total(StringBuilder body, string name, decimal value) =>
        body.Append("<tr><th colspan=\"4\">").Append(Html.Encode(name)).Append("</th><td class=\"n\">").Append(Html.Encode(Amount(value))).Append("</td></tr>");

    private static string Amount(decimal value) => value.ToString("#,##0.00###", CultureInfo.InvariantCulture);

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.Encode(title) + "</title>"
        + "<style>body{font-family:sans-serif;margin:2em;max-width:60em}.note{background:#fff4ce;padding:.5em}"
        + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}"
        + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.3em;text-align:left}.n{text-align:right}</style>"
        + "</head><body><h1>" + Html.Encode(title) + "</h1>" + body + "</body></html>";
}
