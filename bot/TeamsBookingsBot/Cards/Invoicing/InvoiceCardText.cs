using System.Globalization;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>How the invoicing cards write money, customers, bookings and times. Invariant culture: the server's is nobody's.</summary>
internal static class InvoiceCardText
{
    // Names come from Bookings and Business Central; a long one must not push the amounts off the card.
    public const int MaxNameLength = 60;

    public const int MaxDescriptionLength = DraftInvoiceLine.MaxDescriptionLength;

    public static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Money(decimal amount, string currency) => $"{currency} {Amount(amount)}";

    public static string Money(Money money) => Money(money.Amount, money.Currency);

    /// <summary>Every decimal BC keeps (0:5): the card shows the very quantity BC multiplies.</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.#####", CultureInfo.InvariantCulture);

    /// <summary>At least two decimals, and every further one the price has (45.555 stays 45.555): quantity × unit price = amount on the card.</summary>
    public static string UnitPrice(decimal unitPrice) => unitPrice.ToString("#,##0.00###", CultureInfo.InvariantCulture);

    public static string Totals(IEnumerable<Money> amounts) => string.Join(" · ", amounts
        .GroupBy(m => m.Currency, StringComparer.OrdinalIgnoreCase)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => Money(g.Sum(m => m.Amount), g.Key)));

    public static string Customer(InvoiceCustomer customer) => customer switch
    {
        InvoiceCustomer.Existing existing =>
            $"{CardText.Quote(existing.Customer.DisplayName, MaxNameLength)} ({CardText.Quote(existing.Customer.Number, 20)})",
        InvoiceCustomer.FromTemplate template =>
            $"{CardText.Quote(template.Source.Name ?? template.Source.Email ?? "Customer", MaxNameLength)} (new customer)",
        _ => throw new InvalidOperationException("Unknown invoice customer " + customer.GetType().Name),
    };

    /// <summary>
    /// "Tue 24 Nov 09:30 · Haircut · Jane Doe": one booking, in the zone named at the top of the card (a time in the hour
    /// the clocks go back carries its label, "01:30 PDT").
    /// </summary>
    public static string Booking(Booking booking, BookingCustomer? customer, TimeZoneInfo zone)
    {
        string when = TimeZoneLabel.Local(booking.StartUtc, zone, "ddd d MMM HH:mm");
        string text = $"{when} · {CardText.Quote(booking.ServiceName, MaxNameLength)}";
        string? who = customer?.Name ?? customer?.Email ?? (booking.Customers.Count > 0 ? booking.Customers[0].Name : null);
        return string.IsNullOrWhiteSpace(who) ? text : $"{text} · {CardText.Quote(who, MaxNameLength)}";
    }

    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    public static AdaptiveRichTextBlock Runs(AdaptiveSpacing? spacing, params AdaptiveTextRun[] runs)
    {
        var block = new AdaptiveRichTextBlock { Spacing = spacing };
        foreach (AdaptiveTextRun run in runs)
        {
            block.Inlines.Add(run);
        }
        return block;
    }

    public static AdaptiveTextBlock Note(string text) => new(text) { IsSubtle = true, Spacing = AdaptiveSpacing.Small };

    /// <summary>The first card that fits Teams' limit, trying the most detailed first; the last is used regardless.</summary>
    public static AdaptiveCard FirstThatFits(IEnumerable<Func<AdaptiveCard>> buildersMostDetailedFirst)
    {
        AdaptiveCard? card = null;
        foreach (Func<AdaptiveCard> build in buildersMostDetailedFirst)
        {
            card = build();
            if (card.SizeInBytes <= MaxCardBytes)
            {
                return card;
            }
        }
        return card ?? throw new ArgumentException("No card builder was given.", nameof(buildersMostDetailedFirst));
    }

    // Below Teams' 28 KB with room for the invoke response or activity around the card.
    public const int MaxCardBytes = AdaptiveCard.MaxSizeInBytes - 1024;
}
