using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// The sandbox's stand-in for Business Central's web client, so "Open in Business Central" on a sandbox draft opens
/// that draft, not the real BC site where it does not exist. It answers the same deep-link syntax the bot builds for
/// real BC (<c>{root}[/tenant][/environment]/?company=..&amp;page=43&amp;filter='No.' IS 'S-INV100001'</c>) with a
/// read-only page of the invoice (<see cref="SandboxBcInvoicePage"/>).
/// </summary>
public static partial class SandboxBcWebClient
{
    public const string DefaultPrefix = "/sandbox/bc/web";

    /// <summary>BC's Sales Invoice card; the only page the bot links to.</summary>
    public const int SalesInvoicePage = 43;

    public static IEndpointConventionBuilder MapSandboxBcWebClient(this IEndpointRouteBuilder endpoints, string prefix, BusinessCentralSandbox sandbox)
    {
        string trimmed = "/" + prefix.Trim('/');
        return endpoints.MapGet(trimmed + "/{**path}", context => HandleAsync(context, sandbox));
    }

    private static async Task HandleAsync(HttpContext context, BusinessCentralSandbox sandbox)
    {
        IQueryCollection query = context.Request.Query;
        string company = query["company"].ToString();
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentType = "text/html; charset=utf-8";
        if (query["page"].ToString() != SalesInvoicePage.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || InvoiceNumber(query["filter"].ToString()) is not { } number)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(SandboxBcInvoicePage.Message(
                "Not a page of the sandbox", "The sandbox Business Central shows sales invoices only: page 43 with a filter 'No.' IS '…'."),
                context.RequestAborted);
            return;
        }
        if (sandbox.FindInvoice(company, number) is not { } found)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(SandboxBcInvoicePage.Message(
                "Sales invoice not found",
                $"The sandbox Business Central has no sales invoice {number} in company \"{company}\": it may have been undone, or the bot was restarted (the sandbox keeps its data in memory)."),
                context.RequestAborted);
            return;
        }
        await context.Response.WriteAsync(SandboxBcInvoicePage.Render(found.Invoice, company, found.LocalCurrencyCode), context.RequestAborted);
    }

    /// <summary>The number in BC's filter syntax <c>'No.' IS 'S-INV''1'</c> (a quote doubled inside), or null.</summary>
    internal static string? InvoiceNumber(string filter) =>
        NumberFilter().Match(filter) is { Success: true } match ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;

    [GeneratedRegex(@"^'No\.' IS '((?:[^']|'')+)'$")]
    private static partial Regex NumberFilter();
}
