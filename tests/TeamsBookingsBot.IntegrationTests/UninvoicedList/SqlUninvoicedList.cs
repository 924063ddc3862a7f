using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>The SQL list as the app wires it, with caches of its own (a fresh one starts cold).</summary>
internal static class SqlUninvoicedList
{
    public static IUninvoicedBookingsList Create(IDbConnectionFactory db, CompletionPolicy completion, BillingRules billing) =>
        new UninvoicedBookingsListStore(db, new BookingStore(db), completion, billing, new UninvoicedListFiguresRefresh(db, billing),
            new UninvoicedListFiguresCache(), new UninvoicedListTermsSource());
}
