using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>A Pacific-time salon billing in USD, and previews and results of any size built from it.</summary>
internal static class InvoiceSamples
{
    public const string BusinessId = "salon@contoso.com";

    public static readonly BookingsBusiness Salon = new(BusinessId, "Contoso Salon", "America/Los_Angeles", "USD");

    public static TimeZoneInfo Zone { get; } = TimeZoneResolver.ResolveFirst("America/Los_Angeles");

    // Mon 23 Nov 2026 in Los Angeles (PST).
    public static readonly DateTimeOffset DayStartUtc = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static readonly BookingListQuery Query = new(BusinessId, DayStartUtc, DayStartUtc.AddDays(1), "yesterday");

    public static Booking Booking(string appointmentId, int hour = 9, string service = "Haircut", string customer = "Ann Lee",
        BookingPriceType priceType = BookingPriceType.FixedPrice, decimal price = 45m) => new()
    {
        BusinessId = BusinessId,
        AppointmentId = appointmentId,
        ServiceId = "svc-" + service.ToLowerInvariant(),
        ServiceName = service,
        Price = price,
        PriceType = priceType,
        StartUtc = DayStartUtc.AddHours(hour),
        EndUtc = DayStartUtc.AddHours(hour + 1),
        Duration = TimeSpan.FromHours(1),
        Customers = [new BookingCustomer("cust-" + appointmentId, customer, appointmentId + "@example.com", null)],
    };

    public static DraftInvoice Draft(int index, int lines, string customerName = "Ann Lee", string currency = "USD")
    {
        var customer = new BcCustomerRef(Guid.NewGuid(), $"C{10000 + index}", customerName, null, "", false);
        DraftInvoiceLine[] drafted = [.. Enumerable.Range(0, lines).Select(i =>
        {
            string appointmentId = $"appt-{index}-{i}";
            DateTimeOffset start = DayStartUtc.AddHours(9).AddMinutes(30 * i);
            return new DraftInvoiceLine(DraftLineKind.Service, "SVC-HAIR",
                $"Haircut and colour with a very long service name - 23 Nov 2026 {9 + (i / 2):00}:{(i % 2) * 30:00}",
                1m, 45m, 45m, appointmentId, start,
                [new InvoiceLedgerKey(BusinessId, appointmentId, "cust-" + index)]);
        })];
        return new DraftInvoice(new InvoiceCustomer.Existing(customer), currency, true, $"TBB-{index:0000}", drafted,
            new Money(45m * lines, currency));
    }

    public static InvoicePreview Preview(int drafts, int linesPerDraft, bool withProblems = false, bool withSkipped = false,
        string customerName = "Ann Lee", Guid? runId = null)
    {
        DraftInvoice[] planned = [.. Enumerable.Range(1, drafts).Select(i => Draft(i, linesPerDraft, customerName))];
        List<PlanProblem> problems = [];
        List<SkippedBooking> skipped = [];
        if (withProblems)
        {
            Booking varies = Booking("appt-varies", 14, "Colour", "Bob Roe", BookingPriceType.PriceVaries);
            problems.Add(new PlanProblem(varies, PlanProblemKind.PriceNeeded,
                "The price of \"Colour\" is \"price varies\", so the amount to bill is not known.", "Enter the amount to bill for this booking."));
            problems.Add(new PlanProblem(Booking("appt-nocust", 15), PlanProblemKind.NoCustomer,
                "No customer is on this booking.", "Add the customer to the booking in Bookings, then search again."));
        }
        if (withSkipped)
        {
            skipped.Add(new SkippedBooking(Booking("appt-free", 11, "Consultation", price: 0m), SkipReason.FreeService, "Free service: nothing to bill."));
            skipped.Add(new SkippedBooking(Booking("appt-done", 12), SkipReason.AlreadyInvoiced, "Already on invoice S-INV-0999."));
        }
        return new InvoicePreview(runId ?? Guid.NewGuid(), Salon, new InvoicePlan("run-key", planned, skipped, problems));
    }

    public static CreatedInvoice Created(DraftInvoice draft, int index) => new(
        draft,
        InvoiceId(index),
        $"S-INV-{1000 + index}",
        draft.Total,
        new Uri($"https://businesscentral.dynamics.com/00000000-0000-0000-0000-000000000001/Production/?company=CRONUS%20USA&page=43&filter=%27No.%27%20IS%20%27S-INV-{1000 + index}%27"));

    public static Guid InvoiceId(int index) => new($"99999999-0000-0000-0000-{index:000000000000}");

    public static InvoiceRunResult Result(InvoicePreview preview, int failed = 0, bool alreadyCompleted = false)
    {
        IReadOnlyList<DraftInvoice> drafts = preview.Plan.Drafts;
        CreatedInvoice[] created = [.. drafts.Skip(failed).Select((d, i) => Created(d, i + 1))];
        FailedInvoice[] failures = [.. drafts.Take(failed).Select(d => new FailedInvoice(d,
            "Business Central refused the draft: the customer is blocked.", "Unblock the customer in Business Central, then invoice again."))];
        return new InvoiceRunResult(preview.RunId, created, failures, preview.Plan.Skipped, preview.Plan.Problems, alreadyCompleted);
    }
}
