namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// Decides what each billed attendee of one appointment is charged. Returns null when nothing is
/// billed: then either a problem was added (the booking waits for the user) or it was free.
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
            return (1m, amount);
        }
        switch (booking.PriceType)
        {
            case BookingPriceType.Free:
                return null;
            case BookingPriceType.FixedPrice:
                return (1m, booking.Price);
            case BookingPriceType.Hourly:
                TimeSpan duration = booking.EndUtc - booking.StartUtc;
                if (duration <= TimeSpan.Zero)
                {
                    problems.Add(PlanProblems.InvalidDuration(booking, keys));
                    return null;
                }
                decimal hours = Math.Round((decimal)duration.Ticks / TimeSpan.TicksPerHour, LinePricing.QuantityDecimals, MidpointRounding.AwayFromZero);
                return (hours, booking.Price);
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
        decimal wouldHaveBeen = Math.Round(p.Quantity * p.UnitPrice, LinePricing.AmountDecimals, MidpointRounding.AwayFromZero);
        decimal feeAmount = Math.Round(wouldHaveBeen * fee.Value / 100m, LinePricing.AmountDecimals, MidpointRounding.AwayFromZero);
        return new LinePricing(DraftLineKind.NoShowFee, fee.ItemNumber, 1m, feeAmount, NoShowPrefix);
    }
}
