using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>What the result card shows.</summary>
/// <param name="Result">The confirmed run.</param>
/// <param name="Zone">The business's zone for the times of skipped and held-back bookings.</param>
/// <param name="Undone">Drafts of the run deleted with "Undo" from this card.</param>
/// <param name="Back">The list the run came from ("Back to the list"), or null when unknown.</param>
public sealed record InvoiceResultCardModel(
    InvoiceRunResult Result,
    TimeZoneInfo Zone,
    IReadOnlySet<Guid> Undone,
    BookingListQuery? Back)
{
    public InvoiceResultCardModel(InvoiceRunResult result, TimeZoneInfo zone, BookingListQuery? back = null)
        : this(result, zone, new HashSet<Guid>(), back)
    {
    }
}
