using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>What sending one planned draft came to: created, failed, or (partly) left to another run.</summary>
internal sealed record DraftOutcome(CreatedInvoice? Created, FailedInvoice? Failed, IReadOnlyList<SkippedBooking> Skipped);
