using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>The bookings a user ticked on the list card, and the fixes made on the card (prices, no-show fees).</summary>
public sealed record InvoiceSelection(string BusinessId, IReadOnlyList<string> AppointmentIds, InvoicePlanAdjustments Adjustments);
