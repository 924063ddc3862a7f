using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Teams.Invoicing;

internal static class LedgerChangeMessages
{
    public static string Conflict(LedgerChange.Conflict conflict)
    {
        int taken = conflict.Taken.Select(e => e.Key.AppointmentId).Distinct(StringComparer.Ordinal).Count();
        return $"Nothing changed: {InvoiceCardText.Plural(taken, "booking is", "bookings are")} already invoiced, being invoiced or excluded. "
            + "Type \"show uninvoiced bookings\" for a fresh list.";
    }
}
