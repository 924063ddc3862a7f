using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The list's figures of bookings about to be written, computed in one pass: per attendee what it adds and whether
/// the ledger leaves it open (the list's own ledger read, one query per 500 appointments), and per appointment the sums over its open
/// attendees, so the appointment row is written once with them (<see cref="AppointmentColumns"/>) instead of being
/// updated after its attendees.
/// </summary>
internal sealed class UninvoicedListBatch
{
    /// <summary>The list columns of <c>booking_appointments</c>, in the order of <see cref="AppointmentValues"/>.</summary>
    public static readonly string[] AppointmentColumns =
    [
        "list_rules", "list_open", "list_free", "list_price_needed", "list_attention", "list_billed", "list_billed_lines",
        "list_cancelled_price_needed",
    ];

    private readonly Dictionary<string, object?[]> appointmentValues;

    private UninvoicedListBatch(IReadOnlyList<Booking> bookings, Dictionary<string, object?[]> appointmentValues, List<object?[]> attendeeRows)
    {
        Bookings = bookings;
        this.appointmentValues = appointmentValues;
        AttendeeRows = attendeeRows;
    }

    public IReadOnlyList<Booking> Bookings { get; }

    /// <summary>Rows of <c>booking_list_attendees</c>: business, appointment, customer key, billed cents, free, price needed, attention, open.</summary>
    public IReadOnlyList<object?[]> AttendeeRows { get; }

    public object?[] AppointmentValues(string appointmentId) => appointmentValues[appointmentId];

    /// <summary>
    /// Call inside the writing transaction, after the business's version was bumped (<see cref="UninvoicedListIndex"/>):
    /// the ledger read then sees every ledger write committed before it and none can commit between it and this write.
    /// <paramref name="businessId"/> is spelled as the ledger spells it (the configured mailbox).
    /// </summary>
    public static async Task<UninvoicedListBatch> ComputeAsync(
        DbConnection connection, DbTransaction tx, string businessId, IReadOnlyList<Booking> bookings, BillingRules rules, CancellationToken ct)
    {
        string key = BookingSql.Key(businessId);
        string fingerprint = BookingListFigures.FingerprintOf(rules);
        LedgerState ledger = await UninvoicedBookingsListStore.BlockedAsync(
            connection, tx, businessId, [.. bookings.Select(b => b.AppointmentId).Distinct(StringComparer.Ordinal)], ct);
        var values = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        var attendees = new List<object?[]>();
        foreach (Booking booking in bookings)
        {
            BookingListFigures figures = BookingListFigures.Of(booking, rules);
            var open = new List<AttendeeListFigures>();
            foreach (AttendeeListFigures attendee in figures.Attendees)
            {
                bool isOpen = !ledger.IsBlocked(new InvoiceLedgerKey(businessId, booking.AppointmentId, attendee.CustomerKey));
                attendees.Add([key, booking.AppointmentId, attendee.CustomerKey, Cents(attendee.Billed), Flag(attendee.Free),
                    Flag(attendee.PriceNeeded), Flag(attendee.NeedsAttention), Flag(isOpen)]);
                if (isOpen)
                {
                    open.Add(attendee);
                }
            }
            values[booking.AppointmentId] =
            [
                fingerprint, open.Count, Flag(open.Any(a => a.Free)), Flag(open.Any(a => a.PriceNeeded)), Flag(open.Any(a => a.NeedsAttention)),
                open.Sum(a => Cents(a.Billed) ?? 0), open.Count(a => a.Billed is not null), Flag(figures.PriceNeededWhenCancelled),
            ];
        }
        return new UninvoicedListBatch(bookings, values, attendees);
    }

    /// <summary>Cents: every line amount is rounded to BC's 0.01 (<see cref="InvoiceLinePricing.AmountDecimals"/>), so sums stay exact in SQL.</summary>
    private static long? Cents(decimal? amount)
    {
        if (amount is not { } a)
        {
            return null;
        }
        decimal cents = a * UninvoicedListIndex.MinorUnits;
        return cents == decimal.Truncate(cents)
            ? decimal.ToInt64(cents)
            : throw new InvalidOperationException($"A line amount of {a} is not rounded to cents; the list's totals would not be exact.");
    }

    private static int Flag(bool value) => value ? 1 : 0;
}
