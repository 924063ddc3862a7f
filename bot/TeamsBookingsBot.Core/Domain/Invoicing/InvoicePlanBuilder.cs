namespace TeamsBookingsBot.Domain.Invoicing;

internal sealed class InvoicePlanBuilder(
    IReadOnlyDictionary<string, CustomerResolution> customers,
    ServiceMapping services,
    IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger,
    InvoicingSettings settings,
    string runKey,
    InvoicePlanAdjustments adjustments)
{
    private readonly TimeZoneInfo _zone = TimeZoneResolver.ResolveFirst(settings.Business.TimeZoneId);
    private readonly string _companyCurrency = settings.CompanyCurrencyCode.Trim().ToUpperInvariant();
    private readonly List<SkippedBooking> _skipped = [];
    private readonly List<PlanProblem> _problems = [];
    private readonly Dictionary<string, DraftAccumulator> _drafts = new(StringComparer.Ordinal);

    private string BookingCurrency => EffectiveCurrency(settings.Business.CurrencyCode);

    public void Add(Booking booking)
    {
        if (!string.Equals(booking.BusinessId, settings.Business.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Booking {booking.AppointmentId} belongs to another business than the plan's.", nameof(booking));
        }
        if (booking.IsCancelled)
        {
            _skipped.Add(new SkippedBooking(booking, SkipReason.Cancelled, "Cancelled in Bookings."));
            return;
        }
        if (booking.Customers.Count == 0)
        {
            _problems.Add(PlanProblems.NoCustomer(booking));
            return;
        }
        List<Attendee> open = OpenAttendees(booking);
        if (open.Count == 0)
        {
            return;
        }
        LinePricing? pricing = new BookingPricer(services, settings, adjustments, BookingCurrency)
            .Price(booking, [.. open.Select(a => a.Key)], _problems, _skipped);
        if (pricing is null)
        {
            return;
        }
        if (settings.GroupBilling == GroupBookingBilling.FirstCustomerPaysAll && booking.Customers.Count > 1)
        {
            BillTo(booking, booking.Customers[0], open, pricing, nameAttendees: true);
            return;
        }
        foreach (Attendee attendee in open)
        {
            BillTo(booking, attendee.Customer, [attendee], pricing, nameAttendees: false);
        }
    }

    public InvoicePlan Build()
    {
        List<DraftInvoice> drafts = [.. _drafts.Values.Select(d => d.ToDraft()).Order(DraftOrder.Instance)];
        return new InvoicePlan(runKey, drafts, [.. _skipped], [.. _problems]);
    }

    private List<Attendee> OpenAttendees(Booking booking)
    {
        var open = new List<Attendee>();
        var seen = new HashSet<InvoiceLedgerKey>();
        foreach (BookingCustomer customer in booking.Customers)
        {
            var key = InvoiceLedgerKey.For(booking, customer);
            if (!seen.Add(key))
            {
                continue; // the same person listed twice is billed once
            }
            if (ledger.TryGetValue(key, out LedgerEntry? entry) && entry.BlocksInvoicing)
            {
                _skipped.Add(LedgerSkips.For(booking, customer, entry));
                continue;
            }
            open.Add(new Attendee(customer, key));
        }
        return open;
    }

    private void BillTo(Booking booking, BookingCustomer payer, IReadOnlyList<Attendee> attendees, LinePricing pricing, bool nameAttendees)
    {
        IReadOnlyList<InvoiceLedgerKey> keys = [.. attendees.Select(a => a.Key)];
        string payerKey = InvoiceLedgerKey.CustomerKeyOf(payer);
        CustomerResolution resolution = customers.TryGetValue(payerKey, out CustomerResolution? found)
            ? found
            : new CustomerResolution.NotFound(payer.Email, payer.Name);
        (InvoiceCustomer Customer, string Currency, string DraftKey)? target = resolution switch
        {
            CustomerResolution.Resolved { Customer.Blocked: true } r => Fail(PlanProblems.Blocked(booking, payer, r.Customer, keys)),
            CustomerResolution.Resolved r => (new InvoiceCustomer.Existing(r.Customer), EffectiveCurrency(r.Customer.CurrencyCode),
                "C:" + r.Customer.Number.Trim().ToUpperInvariant()),
            CustomerResolution.WillCreateFromTemplate t => (new InvoiceCustomer.FromTemplate(t.TemplateCode, payer), EffectiveCurrency(t.CurrencyCode),
                "T:" + payerKey),
            CustomerResolution.Ambiguous a => Fail(PlanProblems.Ambiguous(booking, payer, a, keys)),
            CustomerResolution.NotFound n => Fail(PlanProblems.NotFound(booking, payer, n, keys)),
            _ => throw new InvalidOperationException($"Unknown customer resolution {resolution.GetType().Name}."),
        };
        if (target is not { } bill)
        {
            return;
        }
        if (bill.Currency != BookingCurrency)
        {
            _problems.Add(PlanProblems.CurrencyMismatch(booking, payer, BookingCurrency, bill.Currency, keys));
            return;
        }
        DraftAccumulator draft = DraftFor(bill.DraftKey, bill.Customer, bill.Currency, payerKey);
        foreach (Attendee attendee in attendees)
        {
            string suffix = nameAttendees ? $" ({attendee.Label})" : "";
            string description = LineDescription.Build(pricing.DescriptionPrefix, booking.ServiceName, booking.StartUtc, _zone, suffix);
            draft.Lines.Add(new DraftInvoiceLine(pricing.Kind, pricing.ItemNumber, description, pricing.Quantity, pricing.UnitPrice,
                pricing.Amount, booking.AppointmentId, booking.StartUtc, [attendee.Key]));
        }
    }

    private (InvoiceCustomer, string, string)? Fail(PlanProblem problem)
    {
        _problems.Add(problem);
        return null;
    }

    private DraftAccumulator DraftFor(string draftKey, InvoiceCustomer customer, string currency, string payerKey)
    {
        if (!_drafts.TryGetValue(draftKey, out DraftAccumulator? draft))
        {
            string number = customer is InvoiceCustomer.Existing existing
                ? ExternalDocumentNumber.ForCustomer(runKey, settings.Business.Id, existing.Customer.Number)
                : ExternalDocumentNumber.ForNewCustomer(runKey, settings.Business.Id, payerKey);
            draft = new DraftAccumulator(customer, currency, currency == _companyCurrency, number);
            _drafts.Add(draftKey, draft);
        }
        return draft;
    }

    private string EffectiveCurrency(string? code) =>
        string.IsNullOrWhiteSpace(code) ? _companyCurrency : code.Trim().ToUpperInvariant();

    private sealed record Attendee(BookingCustomer Customer, InvoiceLedgerKey Key)
    {
        public string Label => Customer.Name ?? Customer.Email ?? "attendee";
    }
}
