using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards;

/// <summary>The customer groups and booking rows of the list card: a tick box per booking, its details, amount and warnings.</summary>
internal static class UninvoicedBookingsCardRows
{
    public static void AddGroup(IList<AdaptiveElement> body, CustomerGroup group, TimeZoneInfo zone)
    {
        var heading = new AdaptiveRichTextBlock { Spacing = AdaptiveSpacing.Large, Separator = true };
        heading.Inlines.Add(new AdaptiveTextRun(CardText.Quote(group.Name, UninvoicedBookingsCard.MaxNameLength)) { Weight = AdaptiveTextWeight.Bolder });
        if (group.Email is not null)
        {
            heading.Inlines.Add(new AdaptiveTextRun("  " + CardText.Quote(group.Email, UninvoicedBookingsCard.MaxEmailLength)) { IsSubtle = true });
        }
        body.Add(heading);
        foreach (UninvoicedBookingRow row in group.Rows)
        {
            AddRow(body, row, zone);
        }
    }

    private static void AddRow(IList<AdaptiveElement> body, UninvoicedBookingRow row, TimeZoneInfo zone)
    {
        Booking booking = row.Booking;
        // The tick box's title is the booking's start: our own text, so no markdown risk, and it names the row for screen
        // readers. The zone is named once in the header; only a time in the hour the clocks go back carries its label.
        body.Add(new AdaptiveToggleInput(CardInputIds.SelectBooking(booking.AppointmentId), TimeZoneLabel.OnCard(booking.StartUtc, zone))
        {
            Value = "true",
            ValueOn = "true",
            ValueOff = "false",
            Spacing = AdaptiveSpacing.Small,
        });
        string length = booking.EndUtc > booking.StartUtc ? CardFormat.Duration(booking.EndUtc - booking.StartUtc) : "ends before it starts";
        string details = CardText.Quote(booking.ServiceName, UninvoicedBookingsCard.MaxNameLength) + " · " + length;
        int others = row.UninvoicedKeys.Count - 1;
        if (others > 0)
        {
            details += $" · +{CardFormat.Count(others, "attendee", "attendees")}";
        }
        body.Add(new AdaptiveRichTextBlock
        {
            Spacing = AdaptiveSpacing.None,
            Inlines =
            {
                new AdaptiveTextRun(details + " · "),
                new AdaptiveTextRun(AmountText(row)) { Weight = AdaptiveTextWeight.Bolder },
            },
        });
        string? warnings = Warnings(row);
        if (warnings is not null)
        {
            body.Add(new AdaptiveTextBlock(warnings) { Color = AdaptiveTextColor.Warning, Size = AdaptiveTextSize.Small, Spacing = AdaptiveSpacing.None });
        }
    }

    /// <summary>What the row's invoice lines come to, or in two words why nothing is billed yet; only amounts add up to the total.</summary>
    internal static string AmountText(UninvoicedBookingRow row)
    {
        if (row.Amount is { } amount)
        {
            return CardFormat.Money(amount);
        }
        if (row.Has(BookingRowWarnings.UnusualAmount) && row.LineAmount is { } unusual)
        {
            return CardFormat.Money(unusual) + " to confirm";
        }
        return row.Warnings switch
        {
            _ when row.Has(BookingRowWarnings.Cancelled) => "not billed",
            _ when row.Has(BookingRowWarnings.Free) => "free",
            _ when row.Has(BookingRowWarnings.PriceNeeded) => "price needed",
            _ when row.Has(BookingRowWarnings.NegativePrice) => "negative price",
            _ when row.Has(BookingRowWarnings.InvalidTimes) => "times to fix",
            _ when row.Has(BookingRowWarnings.NoCustomer) || row.Has(BookingRowWarnings.CustomerUnidentified) => "customer needed",
            _ => "not billed yet",
        };
    }

    internal static string? Warnings(UninvoicedBookingRow row)
    {
        List<string> notes = [];
        if (row.Has(BookingRowWarnings.Cancelled))
        {
            notes.Add("Cancelled");
        }
        if (row.Has(BookingRowWarnings.Free))
        {
            notes.Add("Free: nothing to bill. Mark it as invoiced or exclude it to take it off the list");
        }
        if (row.Has(BookingRowWarnings.PriceVaries))
        {
            notes.Add("⚠ Price varies: enter the price before invoicing");
        }
        else if (row.Has(BookingRowWarnings.PriceNeeded))
        {
            notes.Add("⚠ No price on the service: enter one before invoicing");
        }
        if (row.Has(BookingRowWarnings.NegativePrice))
        {
            notes.Add("⚠ The price is negative in Bookings: fix it there, or enter the amount on the preview");
        }
        if (row.Has(BookingRowWarnings.InvalidTimes))
        {
            notes.Add("⚠ The booking ends before it starts in Bookings: fix its times, or enter the amount on the preview");
        }
        if (row.Has(BookingRowWarnings.UnusualAmount))
        {
            notes.Add("⚠ Unusually high amount: confirm it on the preview; not in the totals until then");
        }
        if (row.Has(BookingRowWarnings.NoCustomer))
        {
            notes.Add("⚠ No customer: add one to the booking in Bookings");
        }
        if (row.Has(BookingRowWarnings.CustomerUnidentified))
        {
            notes.Add("⚠ A customer has no email in Bookings: add it there so Business Central can find them");
        }
        if (row.Has(BookingRowWarnings.ServiceUnknown))
        {
            notes.Add("⚠ No service on the booking in Bookings: pick one there");
        }
        if (row.Has(BookingRowWarnings.PartiallyInvoiced))
        {
            int all = InvoiceLedgerKey.AllFor(row.Booking).Count;
            notes.Add($"Partly invoiced: {row.UninvoicedKeys.Count} of {all} attendees left");
        }
        if (row.Has(BookingRowWarnings.CurrencyUnknown))
        {
            notes.Add("⚠ Currency unknown: not in the totals");
        }
        return notes.Count == 0 ? null : string.Join(" · ", notes);
    }
}
