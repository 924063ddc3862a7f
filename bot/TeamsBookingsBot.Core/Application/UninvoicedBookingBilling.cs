using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What invoicing would bill for the listed bookings of one business, computed by the invoice planner itself, so the
/// list's "To invoice" is the preview's total and not a second copy of its rules. The planner runs as if every customer
/// with an id or an email were found in Business Central (in the business's currency) and every service with an id
/// were linked to an item: what only Business Central can tell (a customer it lacks) shows on the preview.
/// </summary>
internal static class UninvoicedBookingBilling
{
    private const string ListRunKey = "uninvoiced-list";
    private const string AnyItem = "ITEM";

    public static IReadOnlyDictionary<string, BookingBill> Of(
        IReadOnlyList<Booking> bookings, BookingsBusiness business, LedgerState ledger, BillingRules rules)
    {
        var settings = new InvoicingSettings
        {
            Business = business,
            CompanyCurrencyCode = business.CurrencyCode,
            GroupBilling = rules.GroupBilling,
            AmountCheck = rules.AmountCheck,
        };
        InvoicePlan plan = InvoicePlanner.Plan(bookings, CustomersOf(bookings), ServicesOf(bookings), LedgerOf(ledger), settings, ListRunKey);

        var bills = new Dictionary<string, BookingBill>(StringComparer.Ordinal);
        BookingBill For(string appointmentId) => bills.TryGetValue(appointmentId, out BookingBill? bill) ? bill : BookingBill.Nothing;
        foreach (DraftInvoiceLine line in plan.Drafts.SelectMany(d => d.Lines))
        {
            BookingBill bill = For(line.AppointmentId);
            bills[line.AppointmentId] = bill with { Billed = bill.Billed + line.Amount, Lines = bill.Lines + 1 };
        }
        foreach (PlanProblem problem in plan.Problems)
        {
            BookingBill bill = For(problem.Booking.AppointmentId);
            bills[problem.Booking.AppointmentId] = bill with
            {
                Problems = new HashSet<PlanProblemKind>(bill.Problems) { problem.Kind },
                UnusualAmount = problem.UnusualAmount ?? bill.UnusualAmount,
            };
        }
        foreach (SkippedBooking skipped in plan.Skipped.Where(s => s.Reason == SkipReason.FreeService))
        {
            bills[skipped.Booking.AppointmentId] = For(skipped.Booking.AppointmentId) with { Free = true };
        }
        return bills;
    }

    private static Dictionary<string, CustomerResolution> CustomersOf(IReadOnlyList<Booking> bookings)
    {
        var customers = new Dictionary<string, CustomerResolution>(StringComparer.Ordinal);
        foreach (BookingCustomer customer in bookings.SelectMany(b => b.Customers))
        {
            string key = InvoiceLedgerKey.CustomerKeyOf(customer);
            if (key != InvoiceLedgerKey.NoCustomerKey)
            {
                customers.TryAdd(key, new CustomerResolution.Resolved(
                    new BcCustomerRef(Guid.Empty, key, customer.Name ?? key, customer.Email, "", Blocked: false)));
            }
        }
        return customers;
    }

    private static ServiceMapping ServicesOf(IReadOnlyList<Booking> bookings) =>
        new(bookings.Where(b => b.ServiceId is not null).Select(b => b.ServiceId!).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, _ => AnyItem, StringComparer.Ordinal), []);

    private static Dictionary<InvoiceLedgerKey, LedgerEntry> LedgerOf(LedgerState ledger) =>
        ledger.BlockedKeys.ToDictionary(key => key, key => (LedgerEntry)new LedgerEntry.MarkedInvoiced(key, "", DateTimeOffset.MinValue));
}
