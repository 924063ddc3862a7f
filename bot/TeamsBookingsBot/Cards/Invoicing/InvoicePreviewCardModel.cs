using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>What the preview card shows.</summary>
/// <param name="Preview">The planned run.</param>
/// <param name="Zone">The business's zone: times on the card are in it, with its label.</param>
/// <param name="AppointmentIds">The bookings previewed; "Update preview" plans them again with the prices typed.</param>
/// <param name="Adjustments">The prices already typed, shown again in their inputs.</param>
/// <param name="Back">The list the bookings came from ("Back"), or null when unknown.</param>
/// <param name="OffersNoShowFee">A no-show fee is set up: each booking can be billed as a no-show instead.</param>
public sealed record InvoicePreviewCardModel(
    InvoicePreview Preview,
    TimeZoneInfo Zone,
    IReadOnlyList<string> AppointmentIds,
    InvoicePlanAdjustments Adjustments,
    BookingListQuery? Back,
    bool OffersNoShowFee = false);
