using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// The drafts that Confirm would create. <paramref name="RunId"/> names the run: confirming it twice, from two
/// clicks, two users or two bot instances, creates its drafts once.
/// </summary>
public sealed record InvoicePreview(Guid RunId, BookingsBusiness Business, InvoicePlan Plan);
