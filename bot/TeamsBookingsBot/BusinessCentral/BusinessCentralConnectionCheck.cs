using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The Business Central half of "Test connection": the environment answers, the company is there, customers and
/// items can be read (and the templates exist), and a draft invoice may be created. That last one is checked without
/// leaving a draft behind: the draft is created inside a transactional <c>$batch</c> that fails on purpose, so Business
/// Central rolls it back (see <see cref="BusinessCentralProbe.CreateRolledBackDraftAsync"/>). The first failure ends the half.
/// </summary>
internal sealed class BusinessCentralConnectionCheck(BusinessCentralConnections connections, TimeProvider time)
{
    private const ConnectionCheckArea Area = ConnectionCheckArea.BusinessCentral;

    public async Task<IReadOnlyList<ConnectionCheckStep>> CheckAsync(BusinessSettings settings, CancellationToken ct)
    {
        if (settings.BusinessCentral is not { } target)
        {
            return [new(Area, "Choose a Business Central company", false, "No Business Central environment and company are chosen yet: pick them to invoice this business.")];
        }
        string tenant = settings.TenantId;
        string environment = target.Environment;
        BusinessCentralProbe probe = connections.Probe(tenant, environment);
        var steps = new List<ConnectionCheckStep>();
        string current = $"Find the Business Central environment {environment}";
        string forbidden = BusinessCentralSentences.Forbidden("its companies");
        try
        {
            IReadOnlyList<BcCompany> companies = await probe.CompaniesAsync(ct);
            steps.Add(new(Area, current, true, $"The environment {environment} answers and shows the app {companies.Count} {(companies.Count == 1 ? "company" : "companies")}."));

            string wanted = target.CompanyName ?? target.CompanyId?.ToString() ?? "";
            current = $"Find the company {wanted}";
            BcCompany? company = target.CompanyId is { } id
                ? companies.FirstOrDefault(c => c.Id == id)
                : companies.FirstOrDefault(c => string.Equals(c.Name, target.CompanyName, StringComparison.OrdinalIgnoreCase));
            if (company is null)
            {
                string names = companies.Count == 0 ? "it shows the app none" : "it has " + string.Join(", ", companies.Select(c => c.Name));
                steps.Add(new(Area, current, false, $"Business Central has no company {wanted} in {environment} that the app can see ({names}): pick one of its companies."));
                return steps;
            }
            steps.Add(new(Area, current, true, $"Found the company {company.Name}."));

            current = "Read customers";
            forbidden = BusinessCentralSentences.Forbidden("customers");
            string? customer = settings.CustomerTemplate;
            if (customer is not null && await probe.CustomerAsync(company.Id, customer, ct) is null)
            {
                steps.Add(new(Area, current, false, $"There is no customer {customer} in {company.Name} for new customers to copy their settings from: pick an existing customer number as the template."));
                return steps;
            }
            customer ??= await probe.FirstCustomerNumberAsync(company.Id, ct);
            steps.Add(new(Area, current, true, settings.CustomerTemplate is null ? "The bot can read customers." : $"The bot can read customers; the template customer {customer} exists."));

            current = "Read items";
            forbidden = BusinessCentralSentences.Forbidden("items");
            foreach ((string number, string role) in Items(settings))
            {
                if (await probe.ItemAsync(company.Id, number, ct) is not { } item)
                {
                    steps.Add(new(Area, current, false, $"There is no item {number} in {company.Name} to use as the {role}: pick an existing item number."));
                    return steps;
                }
                if (!string.Equals(item.Type, "Service", StringComparison.OrdinalIgnoreCase))
                {
                    steps.Add(new(Area, current, false, $"The item {number} in {company.Name} is of type {item.Type}, not Service: pick a Service item as the {role}."));
                    return steps;
                }
            }
            await probe.ReadFirstItemAsync(company.Id, ct);
            steps.Add(new(Area, current, true, "The bot can read items."));

            current = "Create a draft sales invoice";
            forbidden = BusinessCentralSentences.Forbidden("creating sales invoices");
            if (customer is null)
            {
                steps.Add(new(Area, current, false, $"{company.Name} has no customer yet, so creating a draft could not be tried: add a customer or set the customer template."));
                return steps;
            }
            BusinessCentralProbe.DraftProbe draft = await probe.CreateRolledBackDraftAsync(company.Id, customer, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct);
            steps.Add(draft switch
            {
                { Created: true, LeftBehindDeleted: false } => new(Area, current, true, "The bot can create draft invoices (the check's draft was rolled back by Business Central: nothing was left behind)."),
                { Created: true } => new(Area, current, true, "The bot can create draft invoices. Business Central kept the check's draft despite the failed batch; the check deleted it again."),
                { Refused: { } refused } => new(Area, current, false, BusinessCentralSentences.For(refused, tenant, environment, forbidden)),
                _ => new(Area, current, false, "Business Central did not say whether it would create the draft: try again."),
            });
        }
        catch (BusinessCentralException ex)
        {
            steps.Add(new(Area, current, false, BusinessCentralSentences.For(ex, tenant, environment, forbidden)));
        }
        return steps;
    }

    private static IEnumerable<(string Number, string Role)> Items(BusinessSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ItemTemplate))
        {
            yield return (settings.ItemTemplate, "item template");
        }
        if (settings.NoShowFee is { ItemNumber: { Length: > 0 } fee })
        {
            yield return (fee, "no-show fee item");
        }
    }
}
