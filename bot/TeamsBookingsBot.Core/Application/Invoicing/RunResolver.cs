using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// Answers a preview's questions to Business Central with as few calls as possible: one lookup per distinct
/// payer (by link number or by email), the service items listed at most once, the template customer read at most once.
/// </summary>
internal sealed class RunResolver(IBusinessCentral businessCentral, IInvoicingReferenceStore references, DraftInvoicingSettings settings, TimeProvider time)
{
    private const string SystemActor = "system";

    public async Task<InvoiceRunResolutions> ResolveAsync(
        string businessId, IReadOnlyList<Booking> bookings, IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger, CancellationToken ct)
    {
        List<Booking> open = [.. bookings.Where(b => !b.IsCancelled && HasOpenAttendee(b, ledger))];
        Dictionary<string, CustomerResolution> customers = await ResolveCustomersAsync(businessId, Payers(open, ledger), ct);
        (Dictionary<string, string> items, List<BcItemRef> suggested) = await ResolveServicesAsync(businessId, open, ct);
        return new InvoiceRunResolutions(customers, items, suggested);
    }

    private static bool HasOpenAttendee(Booking booking, IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger) =>
        booking.Customers.Count == 0
        || booking.Customers.Any(c => !(ledger.TryGetValue(InvoiceLedgerKey.For(booking, c), out LedgerEntry? e) && e.BlocksInvoicing));

    private Dictionary<string, BookingCustomer> Payers(List<Booking> bookings, IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger)
    {
        var payers = new Dictionary<string, BookingCustomer>(StringComparer.Ordinal);
        foreach (Booking booking in bookings.Where(b => b.Customers.Count > 0))
        {
            IEnumerable<BookingCustomer> billed = settings.GroupBilling == GroupBookingBilling.FirstCustomerPaysAll
                ? [booking.Customers[0]]
                : booking.Customers.Where(c => !(ledger.TryGetValue(InvoiceLedgerKey.For(booking, c), out LedgerEntry? e) && e.BlocksInvoicing));
            foreach (BookingCustomer customer in billed)
            {
                payers.TryAdd(InvoiceLedgerKey.CustomerKeyOf(customer), customer);
            }
        }
        return payers;
    }

    private async Task<Dictionary<string, CustomerResolution>> ResolveCustomersAsync(
        string businessId, Dictionary<string, BookingCustomer> payers, CancellationToken ct)
    {
        IReadOnlyDictionary<string, CustomerLink> links = await references.GetCustomerLinksAsync(businessId, ct);
        // One question per distinct link number or email, however many payers share it.
        var questions = new HashSet<(bool ByNumber, string Value)>();
        foreach ((string key, BookingCustomer payer) in payers)
        {
            if (links.TryGetValue(key, out CustomerLink? link))
            {
                questions.Add((true, link.CustomerNumber));
            }
            else if (EmailOf(payer) is { } email)
            {
                questions.Add((false, email));
            }
        }
        var answers = new ConcurrentDictionary<(bool, string), IReadOnlyList<BcCustomer>>();
        await Parallel.ForEachAsync(questions, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelLookups, CancellationToken = ct },
            async (question, token) => answers[question] = question.ByNumber
                ? await businessCentral.GetCustomerByNumberAsync(question.Value, token) is { } found ? [found] : []
                : await businessCentral.FindCustomersByEmailAsync(question.Value, token));

        var template = new Lazy<Task<string>>(() => TemplateCurrencyAsync(ct));
        var result = new Dictionary<string, CustomerResolution>(StringComparer.Ordinal);
        foreach ((string key, BookingCustomer payer) in payers)
        {
            result[key] = links.TryGetValue(key, out CustomerLink? link)
                ? FromLink(answers[(true, link.CustomerNumber)], payer)
                : await FromEmailAsync(payer, answers, template);
        }
        return result;
    }

    private static CustomerResolution FromLink(IReadOnlyList<BcCustomer> found, BookingCustomer payer) =>
        found.Count == 0 ? new CustomerResolution.NotFound(payer.Email, payer.Name) : new CustomerResolution.Resolved(found[0].ToRef());

    private async Task<CustomerResolution> FromEmailAsync(
        BookingCustomer payer, ConcurrentDictionary<(bool, string), IReadOnlyList<BcCustomer>> answers, Lazy<Task<string>> templateCurrency)
    {
        if (EmailOf(payer) is not { } email)
        {
            return new CustomerResolution.NotFound(null, payer.Name);
        }
        IReadOnlyList<BcCustomer> found = answers[(false, email)];
        return found.Count switch
        {
            1 => new CustomerResolution.Resolved(found[0].ToRef()),
            > 1 => new CustomerResolution.Ambiguous([.. found.Select(c => c.ToRef()).OrderBy(c => c.Number, StringComparer.Ordinal)]),
            _ when settings.AllowCreateCustomers => new CustomerResolution.WillCreateFromTemplate(settings.CustomerTemplate ?? "", await templateCurrency.Value),
            _ => new CustomerResolution.NotFound(payer.Email, payer.Name),
        };
    }

    // A missing template is left for the confirm to report in BC's words; its currency then counts as LCY.
    private async Task<string> TemplateCurrencyAsync(CancellationToken ct) =>
        string.IsNullOrWhiteSpace(settings.CustomerTemplate)
            ? ""
            : (await businessCentral.GetCustomerByNumberAsync(settings.CustomerTemplate, ct))?.CurrencyCode ?? "";

    private static string? EmailOf(BookingCustomer customer) =>
        string.IsNullOrWhiteSpace(customer.Email) ? null : customer.Email.Trim().ToLowerInvariant();

    private async Task<(Dictionary<string, string> Items, List<BcItemRef> Suggested)> ResolveServicesAsync(
        string businessId, List<Booking> bookings, CancellationToken ct)
    {
        IReadOnlyDictionary<string, ServiceItemMapping> stored = await references.GetServiceMappingsAsync(businessId, ct);
        var items = stored.Values.ToDictionary(m => m.ServiceId, m => m.ItemNumber, StringComparer.Ordinal);
        List<(string? Id, string Name)> unmapped = bookings
            .Where(b => b.PriceType != BookingPriceType.Free && (b.ServiceId is null || !items.ContainsKey(b.ServiceId)))
            .Select(b => (b.ServiceId, b.ServiceName))
            .Distinct()
            .ToList();
        var suggested = new Dictionary<string, BcItemRef>(StringComparer.Ordinal);
        if (unmapped.Count == 0)
        {
            return (items, []);
        }
        List<BcItemRef> serviceItems = [.. (await businessCentral.ListServiceItemsAsync(ct)).Where(i => !i.Blocked).Select(i => i.ToRef())];
        var finder = new ServiceMapping(new Dictionary<string, string>(), serviceItems);
        foreach ((string? id, string name) in unmapped)
        {
            var suggestions = ((ServiceMatch.Unmapped)finder.Find(null, name)).Suggestions;
            List<BcItemRef> exact = [.. suggestions.Where(i => ServiceMapping.Normalize(i.DisplayName) == ServiceMapping.Normalize(name))];
            if (id is not null && exact.Count == 1)
            {
                // BC's own sync named service items after the services: a unique exact name is the mapping BC would have had.
                items[id] = exact[0].Number;
                await references.SaveServiceMappingAsync(new ServiceItemMapping(businessId, id, exact[0].Number, false, SystemActor, time.GetUtcNow()), ct);
                continue;
            }
            foreach (BcItemRef item in suggestions)
            {
                suggested.TryAdd(item.Number, item);
            }
        }
        return (items, [.. suggested.Values]);
    }
}
