using System.Globalization;

namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>The planner's problems, worded for the person reading the card.</summary>
internal static class PlanProblems
{
    public static PlanProblem NoCustomer(Booking booking) =>
        new(booking, PlanProblemKind.NoCustomer, "No customer is on this booking.",
            "Add the customer to the booking in Bookings, then search again.");

    public static PlanProblem NotFound(Booking booking, BookingCustomer payer, CustomerResolution.NotFound notFound, IReadOnlyList<InvoiceLedgerKey> keys)
    {
        string who = notFound.Email ?? notFound.Name ?? "this customer";
        string message = notFound.Email is null
            ? $"{who} has no email in Bookings, so no Business Central customer can be found."
            : $"No Business Central customer has the email {notFound.Email}.";
        return new PlanProblem(booking, PlanProblemKind.CustomerNotFound, message,
            "Add this email to the customer in Business Central (or create the customer there), then preview again.")
        { Customer = payer, LedgerKeys = keys };
    }

    public static PlanProblem Ambiguous(Booking booking, BookingCustomer payer, CustomerResolution.Ambiguous ambiguous, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.CustomerAmbiguous,
            $"{ambiguous.Candidates.Count} Business Central customers match {payer.Email ?? payer.Name ?? "this customer"}.",
            "Keep this email on one Business Central customer only, then preview again.")
        { Customer = payer, LedgerKeys = keys, CustomerCandidates = ambiguous.Candidates };

    public static PlanProblem Blocked(Booking booking, BookingCustomer payer, BcCustomerRef customer, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.CustomerBlocked,
            $"Customer {customer.Number} {customer.DisplayName} is blocked in Business Central.",
            "Unblock the customer in Business Central, then preview again.")
        { Customer = payer, LedgerKeys = keys, CustomerCandidates = [customer] };

    public static PlanProblem CurrencyMismatch(
        Booking booking, BookingCustomer payer, string bookingCurrency, string customerCurrency, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.CurrencyMismatch,
            $"The booking is priced in {bookingCurrency} but the customer is billed in {customerCurrency}.",
            $"Invoice this booking by hand, or bill it to a customer in {bookingCurrency}: the bot never converts currencies.")
        { Customer = payer, LedgerKeys = keys };

    public static PlanProblem Unmapped(Booking booking, IReadOnlyList<BcItemRef> suggestions, IReadOnlyList<InvoiceLedgerKey> keys)
    {
        string hint = suggestions.Count == 0 ? "" : $" Closest existing item: {suggestions[0].Number} {suggestions[0].DisplayName}.";
        return new PlanProblem(booking, PlanProblemKind.UnmappedService,
            $"The service \"{booking.ServiceName}\" is not linked to a Business Central item.",
            $"Create a Service item named \"{booking.ServiceName}\" in Business Central (the bot links it by name), then preview again." + hint)
        { LedgerKeys = keys, ItemSuggestions = suggestions };
    }

    public static PlanProblem PriceNeeded(Booking booking, string bookingCurrency, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.PriceNeeded,
            $"The price of \"{booking.ServiceName}\" is {Describe(booking, bookingCurrency)}, so the amount to bill is not known.",
            "Enter the amount to bill for this booking.")
        { LedgerKeys = keys };

    public static PlanProblem InvalidOverride(Booking booking, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.InvalidPriceOverride, "The amount entered for this booking is negative.",
            "Enter an amount of zero or more.")
        { LedgerKeys = keys };

    public static PlanProblem InvalidDuration(Booking booking, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.InvalidDuration,
            "The booking does not end after it starts in Bookings, so its length is not known.",
            "Fix the times in Bookings, or enter the amount to bill.")
        { LedgerKeys = keys };

    public static PlanProblem NegativePrice(Booking booking, string bookingCurrency, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.NegativePrice,
            $"The price of \"{booking.ServiceName}\" is negative in Bookings ({new Money(booking.Price, bookingCurrency)}).",
            "Fix the price in Bookings, or enter the amount to bill. A refund belongs on a credit memo in Business Central.")
        { LedgerKeys = keys };

    public static PlanProblem UnusualAmount(
        Booking booking, decimal amount, string bookingCurrency, AmountCheck check, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.UnusualAmount,
            $"{Grouped(amount, bookingCurrency)} per attendee is unusually high (more than {Grouped(check.UnusualAbove, bookingCurrency)}).",
            "Check the price in Bookings. If the amount is right, confirm it on the preview.")
        { LedgerKeys = keys, UnusualAmount = amount };

    public static PlanProblem NoShowFeeNotSetUp(Booking booking, IReadOnlyList<InvoiceLedgerKey> keys) =>
        new(booking, PlanProblemKind.NoShowFeeNotSetUp,
            "This no-show is marked for a fee, but no no-show fee is set up.",
            "Set up the no-show fee item and amount, or exclude the booking instead.")
        { LedgerKeys = keys };

    private static string Grouped(decimal amount, string currency) =>
        currency + " " + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Describe(Booking booking, string currency) => booking.PriceType switch
    {
        BookingPriceType.StartingAt => $"\"starting at {new Money(booking.Price, currency)}\"",
        BookingPriceType.PriceVaries => "\"price varies\"",
        BookingPriceType.CallUs => "\"call us\"",
        _ => "not set",
    };
}
