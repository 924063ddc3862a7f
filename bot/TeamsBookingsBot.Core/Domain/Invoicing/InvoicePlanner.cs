namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// Turns completed bookings into draft invoices: one draft per BC customer per run, one line per
/// attendee of each appointment. Unlike BC, quantity and price follow the price type (hourly: hours x
/// price; fixed: 1 x price; free: skipped; anything else: the user must give the amount). Pure: every
/// fact (customers, items, ledger, user fixes) comes in as an argument.
/// </summary>
public static class InvoicePlanner
{
    /// <param name="bookings">Completed bookings of <see cref="InvoicingSettings.Business"/>.</param>
    /// <param name="customers">Resolutions keyed by <see cref="InvoiceLedgerKey.CustomerKeyOf"/>; a missing one counts as not found.</param>
    /// <param name="services">Service to item mapping.</param>
    /// <param name="ledger">Ledger state of the bookings' keys (<c>IInvoiceLedger.GetStateAsync</c>).</param>
    /// <param name="settings">Business, company currency, group billing and no-show fee.</param>
    /// <param name="runKey">Identifies the run; with the customer it makes each draft's external document number.</param>
    /// <param name="adjustments">Price overrides and no-show fees chosen on the card.</param>
    public static InvoicePlan Plan(
        IReadOnlyList<Booking> bookings,
        IReadOnlyDictionary<string, CustomerResolution> customers,
        ServiceMapping services,
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger,
        InvoicingSettings settings,
        string runKey,
        InvoicePlanAdjustments? adjustments = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runKey);
        var builder = new InvoicePlanBuilder(customers, services, ledger, settings, runKey, adjustments ?? InvoicePlanAdjustments.None);
        foreach (Booking booking in bookings.OrderBy(b => b.StartUtc).ThenBy(b => b.AppointmentId, StringComparer.Ordinal))
        {
            builder.Add(booking);
        }
        return builder.Build();
    }
}
