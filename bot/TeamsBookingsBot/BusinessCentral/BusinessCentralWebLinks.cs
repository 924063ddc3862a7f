namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Web client deep links, syntax <c>https://host[/tenant][/environment]/?company=..&amp;page=..&amp;filter=..</c>
/// (Learn: "Web Client URL"). Page 43 is the Sales Invoice card; the filter picks the document by No.
/// </summary>
public static class BusinessCentralWebLinks
{
    public const int SalesInvoicePage = 43;

    public static Uri SalesInvoice(string webClientBaseUrl, string? tenantId, string? environment, string companyName, string invoiceNumber)
    {
        string path = webClientBaseUrl.TrimEnd('/');
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            path += "/" + Uri.EscapeDataString(tenantId);
        }
        if (!string.IsNullOrWhiteSpace(environment))
        {
            path += "/" + Uri.EscapeDataString(environment);
        }
        string filter = "'No.' IS '" + invoiceNumber.Replace("'", "''", StringComparison.Ordinal) + "'";
        return new Uri(
            $"{path}/?company={Uri.EscapeDataString(companyName)}&page={SalesInvoicePage}&filter={Uri.EscapeDataString(filter)}",
            UriKind.Absolute);
    }
}
