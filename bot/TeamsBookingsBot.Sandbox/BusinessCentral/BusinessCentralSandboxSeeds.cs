using System.Globalization;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>Seed data; numbers follow CRONUS habits (customers 10000, 20000, ...; service items SVC-...).</summary>
internal static class BusinessCentralSandboxSeeds
{
    public static readonly Guid PaymentTerms14Days = new("7a0f5b3c-1d2e-4f60-8a9b-0c1d2e3f4a14");

    public static void Default(SandboxBcCompany company)
    {
        company.Customers.AddRange(
        [
            new SandboxBcCustomer { Number = "10000", DisplayName = "Adatum Corporation", Email = "robert.townes@contoso.com", Type = "Company" },
            new SandboxBcCustomer { Number = "20000", DisplayName = "Trey Research", Email = "helen.ray@contoso.com", Type = "Company" },
            new SandboxBcCustomer { Number = "30000", DisplayName = "Seamus O'Brien", Email = "seamus.o'brien+bookings@contoso.com" },
            new SandboxBcCustomer { Number = "40000", DisplayName = "Fabrikam Bakery", Email = "orders@fabrikam.com", Blocked = "All" },
            new SandboxBcCustomer { Number = "50000", DisplayName = "Coho Winery", Email = "accounts@cohowinery.com", Type = "Company" },
            new SandboxBcCustomer { Number = "60000", DisplayName = "Coho Winery (Tasting Room)", Email = "accounts@cohowinery.com", Type = "Company" },
            Template(company),
        ]);
        company.Items.AddRange(
        [
            Service("SVC-HAIRCUT", "Haircut", 45m),
            Service("SVC-COLOUR", "Colouring", 80m),
            Service("SVC-CONSULT", "Consultation", 120m),
            Service("SVC-MASSAGE", "Massage", 70m),
            new SandboxBcItem { Number = "SVC-RETIRED", DisplayName = "Retired service", UnitPrice = 10m, Blocked = true },
            new SandboxBcItem { Number = "1896-S", DisplayName = "ATHENS Desk", Type = "Inventory", UnitPrice = 1000.8m, BaseUnitOfMeasureCode = "PCS" },
        ]);
    }

    /// <summary>Fabrikam B.V. (LCY EUR) before it is seeded from its Bookings business: two customers, the template, two service items.</summary>
    public static void DefaultFabrikam(SandboxBcCompany company)
    {
        company.Customers.AddRange(
        [
            new SandboxBcCustomer { Number = "10000", DisplayName = "Gemeente Amstelveen", Email = "facturen@amstelveen.example.nl", Type = "Company" },
            new SandboxBcCustomer { Number = "20000", DisplayName = "Pieter de Wit", Email = "pieter.dewit@example.nl" },
            Template(company),
        ]);
        company.Items.AddRange(
        [
            Service("SVC-001", "Physiotherapy session", 62.5m),
            Service("SVC-002", "Sports massage", 55m),
        ]);
    }

    public static BusinessCentralSandboxSeedReport FromBookings(
        SandboxBcCompany company, List<(string Name, string Email)> customers, List<(string Name, decimal Price)> services)
    {
        List<(string Name, string Email)> distinct = customers
            .Where(c => !string.IsNullOrWhiteSpace(c.Email))
            .DistinctBy(c => c.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        string? unmatched = distinct.Count >= 2 ? distinct[^1].Email : null;
        string? ambiguous = distinct.Count >= 3 ? distinct[0].Email : null;
        int number = 10000;
        foreach ((string name, string email) in distinct.Where(c => c.Email != unmatched))
        {
            company.Customers.Add(new SandboxBcCustomer { Number = Next(ref number), DisplayName = name, Email = email });
            if (email == ambiguous)
            {
                company.Customers.Add(new SandboxBcCustomer { Number = Next(ref number), DisplayName = name + " (old account)", Email = email });
            }
        }
        int customersCreated = company.Customers.Count;
        company.Customers.Add(Template(company));

        List<(string Name, decimal Price)> distinctServices = services.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        string? unmapped = distinctServices.Count >= 2 ? distinctServices[^1].Name : null;
        int itemNumber = 1;
        foreach ((string name, decimal price) in distinctServices.Where(s => s.Name != unmapped))
        {
            company.Items.Add(Service("SVC-" + (itemNumber++).ToString("000", CultureInfo.InvariantCulture), name, price));
        }
        return new BusinessCentralSandboxSeedReport(customersCreated, company.Items.Count, unmatched, ambiguous, unmapped);
    }

    // Skips the template's number: a 9th Bookings customer must not share 90000 with the template.
    private static string Next(ref int number)
    {
        if (number.ToString(CultureInfo.InvariantCulture) == BusinessCentralSandbox.TemplateCustomerNumber)
        {
            number += 10000;
        }
        string value = number.ToString(CultureInfo.InvariantCulture);
        number += 10000;
        return value;
    }

    // CRONUS's template bills in a foreign currency (CAD), which customers created from it copy; Fabrikam's bills in its LCY.
    private static SandboxBcCustomer Template(SandboxBcCompany company) => new()
    {
        Number = BusinessCentralSandbox.TemplateCustomerNumber,
        DisplayName = "Template: Bookings customers",
        CurrencyCode = company.Id == BusinessCentralSandbox.CronusCompanyId ? "CAD" : "",
        PaymentTermsId = PaymentTerms14Days,
        TaxLiable = true,
    };

    private static SandboxBcItem Service(string number, string name, decimal price) =>
        new() { Number = number, DisplayName = name, Type = "Service", UnitPrice = price, BaseUnitOfMeasureCode = "HOUR" };
}
