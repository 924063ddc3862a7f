namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// Decides what each billed attendee of one appointment is charged. Returns null when nothing is
/// billed: then either a problem was added (the booking waits for the user) or it was free.
/// The service's price comes from <see cref="InvoiceLinePricing"/>, the rule the uninvoiced list uses too.
/// </summary>
internal sealed class BookingPricer(ServiceMapping services, InvoicingSettings settings, InvoicePlanAdjustments adjustments, string bookingCurrency)
{
    private const string NoShowPrefix = "No-show fee: ";

    public LinePricing? Price(Booking booking, IReadOnlyList<InvoiceLedgerKey> keys, List<PlanProblem> problems, List<SkippedBooking> skipped)
    {
        var priceProblems = new List<PlanProblem>();
        (decimal Quantity, decimal UnitPrice)? price = ServicePrice(booking, keys, priceProblems);
        bool noShow = adjustments.NoShowWithFee.Contains(booking.AppointmentId);
        LinePricing? pricing = noShow
            ? NoShowPricing(booking, keys, price, priceProblems)
            : ServicePricing(booking, keys, price, priceProblems);
        if (pricing is not null && pricing.Amount == 0)
        {
            pricing = null; // a percentage fee of a tiny price, or a fee of zero: never a 0.00 line
        }
        if (pricing is not null && NeedsConfirmation(booking, pricing.Amount))
        {
            priceProblems.Add(PlanProblems.UnusualAmount(booking, pricing.Amount, bookingCurrency, settings.AmountCheck, keys));
        }
        if (priceProblems.Count > 0)
        {
            problems.AddRange(priceProblems);
            return null;
        }
        if (pricing is null)
        {
            skipped.Add(new SkippedBooking(booking, SkipReason.FreeService, "Free service: nothing to bill."));
        }
        return pricing;
    }

    private bool NeedsConfirmation(Booking booking, decimal amount) =>
        settings.AmountCheck.IsUnusual(amount)
        && !(adjustments.ConfirmedAmounts.TryGetValue(booking.AppointmentId, out decimal confirmed) && confirmed == amount);

    // Null with no problem added means free.
    private (decimal Quantity, decimal UnitPrice)? ServicePrice(Booking booking, IReadOnlyList<InvoiceLedgerKey> keys, List<PlanProblem> problems)
    {
        if (adjustments.PriceOverrides.TryGetValue(booking.AppointmentId, out decimal amount))
        {
            if (amount < 0)
            {
                problems.Add(PlanProblems.InvalidOverride(booking, keys));
                return null;
            }
            return InvoiceLinePricing.ForTypedAmount(amount) is LinePrice.Known typed ? (typed.Quantity, typed.UnitPrice) : null;
        }
        switch (InvoiceLinePricing.For(booking))
        {
            case LinePrice.Known known:
                return (known.Quantity, known.UnitPrice);
            case LinePrice.Free:
                return null;
            case LinePrice.Negative:
                problems.Add(PlanProblems.NegativePrice(booking, bookingCurrency, keys));
                return null;
            case LinePrice.InvalidTimes:
                problems.Add(PlanProblems.InvalidDuration(booking, keys));
                return null;
            default:
                // startingAt, priceVaries, callUs, notSet, undefined: Bookings' price is not the amount to bill.
                problems.Add(PlanProblems.PriceNeeded(booking, bookingCurrency, keys));
                return null;
        }
    }

    private LinePricing? ServicePricing(
        Booking booking, IReadOnlyList<InvoiceLedgerKey> keys, (decimal Quantity, decimal UnitPrice)? price, List<PlanProblem> problems)
    {
        if (price is null && problems.Count == 0)
        {
            return null; // free: no item needed, so an unmapped service is no problem
        }
        ServiceMatch match = services.Find(booking.ServiceId, booking.ServiceName);
        if (match is ServiceMatch.Unmapped unmapped)
        {
            problems.Add(PlanProblems.Unmapped(booking, unmapped.Suggestions, keys));
        }
        if (price is not { } p || match is not ServiceMatch.Mapped mapped || problems.Count > 0)
        {
            return null;
        }
        return new LinePricing(DraftLineKind.Service, mapped.ItemNumber, p.Quantity, p.UnitPrice, "");
    }

    private LinePricing? NoShowPricing(
        Booking booking, IReadOnlyList<InvoiceLedgerKey> keys, (decimal Quantity, decimal UnitPrice)? price, List<PlanProblem> problems)
    {
        if (settings.NoShowFee is not { } fee)
        {
            problems.Clear();
            problems.Add(PlanProblems.NoShowFeeNotSetUp(booking, keys));
            return null;
        }
        if (fee.Kind == NoShowFeeKind.FixedAmount)
        {
            problems.Clear(); // a fixed fee does not depend on the service's price
            return new LinePricing(DraftLineKind.NoShowFee, fee.ItemNumber, 1m, fee.Value, NoShowPrefix);
        }
        if (price is not { } p)
        {
            return null; // a price problem is already listed, or a free service: a percentage of nothing
        }
        decimal wouldHaveBeen = InvoiceLinePricing.Amount(p.Quantity, p.UnitPrice);
        decimal feeAmount = InvoiceLinePricing.Amount(1m, wouldHaveBeen * fee.Value / 100m);
        return new LinePricing(DraftLineKind.NoShowFee, fee.ItemNumber, 1m, feeAmount, NoShowPrefix);
    }
}
