using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Invoicing;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// The business settings an unattended deployment's configuration describes: one per <c>Graph:Businesses</c> item, each
/// with the deployment's one <c>BusinessCentral:*</c> company and its <c>Invoicing:*</c> and <c>Completion:*</c> rules.
/// A field is marked "from configuration" only when its key is set; a default is not a configured value.
/// </summary>
internal static class ConfiguredBusinessSettings
{
    public static IReadOnlyList<BusinessSettings> Read(IConfiguration configuration, string tenantId)
    {
        IConfigurationSection bc = configuration.GetSection(BusinessCentralOptions.Section);
        IConfigurationSection invoicing = configuration.GetSection(InvoicingOptions.Section);
        IConfigurationSection completion = configuration.GetSection(CompletionOptions.Section);
        BusinessCentralOptions bcOptions = bc.Get<BusinessCentralOptions>() ?? new BusinessCentralOptions();
        InvoicingOptions invoicingOptions = invoicing.Get<InvoicingOptions>() ?? new InvoicingOptions();
        CompletionOptions completionOptions = completion.Get<CompletionOptions>() ?? new CompletionOptions();

        HashSet<BusinessSettingField> shared = [];
        BcCompanyRef? company = null;
        if (bcOptions.IsConfigured)
        {
            company = new BcCompanyRef(bcOptions.Environment, bcOptions.CompanyId, Blank(bcOptions.CompanyName));
            shared.Add(BusinessSettingField.BusinessCentralEnvironment);
            Mark(shared, BusinessSettingField.BusinessCentralCompany, bc["CompanyId"], bc["CompanyName"]);
        }
        string? customerTemplate = Blank(invoicingOptions.CustomerTemplate) ?? Blank(bcOptions.CustomerTemplate);
        Mark(shared, BusinessSettingField.CustomerTemplate, customerTemplate);
        Mark(shared, BusinessSettingField.AllowCreateCustomers, invoicing["AllowCreateCustomers"]);
        Mark(shared, BusinessSettingField.GroupBilling, invoicing["GroupBilling"]);
        NoShowFee? noShow = invoicingOptions.NoShowFee is { ItemNumber: { Length: > 0 } feeItem } fee ? new NoShowFee(feeItem, fee.Kind, fee.Value) : null;
        Mark(shared, BusinessSettingField.NoShowFee, noShow?.ItemNumber);
        Mark(shared, BusinessSettingField.CompletionRule, completion["Rule"]);
        Mark(shared, BusinessSettingField.CompletionGrace, completion["Grace"]);

        List<BusinessSettings> all = [];
        foreach (IConfigurationSection item in configuration.GetSection(GraphOptions.Section + ":Businesses").GetChildren())
        {
            GraphBusinessOptions business = item.Get<GraphBusinessOptions>() ?? new GraphBusinessOptions();
            if (string.IsNullOrWhiteSpace(business.Id))
            {
                continue;
            }
            HashSet<BusinessSettingField> marked = [.. shared];
            Mark(marked, BusinessSettingField.DisplayName, item["DisplayName"]);
            Mark(marked, BusinessSettingField.TimeZone, item["TimeZone"]);
            Mark(marked, BusinessSettingField.Currency, item["Currency"]);
            Mark(marked, BusinessSettingField.SyncInterval, item["SyncIntervalMinutes"]);
            all.Add(new BusinessSettings
            {
                TenantId = tenantId,
                BusinessId = business.Id.Trim(),
                DisplayName = Blank(business.DisplayName),
                TimeZoneId = business.TimeZone,
                CurrencyCode = Blank(business.Currency)?.ToUpperInvariant(),
                SyncIntervalMinutes = business.SyncIntervalMinutes,
                CompletionRule = completionOptions.Rule,
                CompletionGrace = completionOptions.Grace,
                CustomerTemplate = customerTemplate,
                BusinessCentral = company,
                NoShowFee = noShow,
                GroupBilling = invoicingOptions.GroupBilling,
                AllowCreateCustomers = invoicingOptions.AllowCreateCustomers,
                FromConfiguration = marked,
            });
        }
        return all;
    }

    private static void Mark(HashSet<BusinessSettingField> fields, BusinessSettingField field, params string?[] keys)
    {
        if (keys.Any(k => !string.IsNullOrWhiteSpace(k)))
        {
            fields.Add(field);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
