using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Setup;

/// <summary>
/// What a save checks in Business Central before anything is stored: the company exists in the environment (a name
/// is resolved to its id, so invoicing never looks it up again), the customer template is a customer, and the item
/// template and the no-show fee item are Service items (the bot bills appointments on Service items only, as
/// Business Central's own Bookings sync did). Business Central failing is an error on the company field: nothing is saved.
/// </summary>
internal sealed class BusinessCentralSetupCheck(IBusinessCentralConnections connections)
{
    public async Task<(BusinessSettings Resolved, IReadOnlyDictionary<BusinessSettingField, string> Errors)> CheckAsync(
        BusinessSettings settings, CancellationToken ct)
    {
        var errors = new Dictionary<BusinessSettingField, string>();
        BcCompanyRef wanted = settings.BusinessCentral!;
        IBusinessCentral client = connections.For(settings.TenantId, wanted);
        try
        {
            IReadOnlyList<BcCompany> companies = await client.GetCompaniesAsync(ct);
            BcCompany? company = companies.FirstOrDefault(c => Matches(c, wanted));
            if (company is null)
            {
                errors[BusinessSettingField.BusinessCentralCompany] = NotFound(wanted, companies);
                return (settings, errors);
            }
            var resolvedRef = new BcCompanyRef(wanted.Environment, company.Id, company.Name);
            client = connections.For(settings.TenantId, resolvedRef);
            await CheckTemplatesAsync(client, settings, errors, ct);
            return (settings with { BusinessCentral = resolvedRef }, errors);
        }
        catch (BusinessCentralException e)
        {
            errors[BusinessSettingField.BusinessCentralCompany] =
                $"Business Central did not answer the check, so nothing was saved: {e.Message} Try again, or use Test connection to see what fails.";
            return (settings, errors);
        }
    }

    private static async Task CheckTemplatesAsync(
        IBusinessCentral client, BusinessSettings settings, Dictionary<BusinessSettingField, string> errors, CancellationToken ct)
    {
        if (settings.CustomerTemplate is { } customerNumber && await client.GetCustomerByNumberAsync(customerNumber, ct) is null)
        {
            errors[BusinessSettingField.CustomerTemplate] = $"There is no customer {customerNumber} in this company.";
        }
        if (settings.ItemTemplate is null && settings.NoShowFee is null)
        {
            return;
        }
        IReadOnlyList<BcItem> services = await client.ListServiceItemsAsync(ct);
        bool IsService(string number) => services.Any(i => string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase));
        if (settings.ItemTemplate is { } itemNumber && !IsService(itemNumber))
        {
            errors[BusinessSettingField.ItemTemplate] = $"There is no item {itemNumber} of type Service in this company.";
        }
        if (settings.NoShowFee is { } fee && !IsService(fee.ItemNumber))
        {
            errors[BusinessSettingField.NoShowFee] = $"There is no item {fee.ItemNumber} of type Service in this company to bill the fee on.";
        }
    }

    private static bool Matches(BcCompany company, BcCompanyRef wanted) =>
        wanted.CompanyId is { } id
            ? company.Id == id
            : string.Equals(company.Name, wanted.CompanyName?.Trim(), StringComparison.OrdinalIgnoreCase)
              || string.Equals(company.DisplayName, wanted.CompanyName?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string NotFound(BcCompanyRef wanted, IReadOnlyList<BcCompany> companies)
    {
        string names = companies.Count == 0 ? "none the app may see" : string.Join(", ", companies.Take(10).Select(c => c.Name));
        return $"The environment {wanted.Environment} has no company {wanted.CompanyName ?? wanted.CompanyId?.ToString()}. It has: {names}.";
    }
}
