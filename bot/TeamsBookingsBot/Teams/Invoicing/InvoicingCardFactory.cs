using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Handlers;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>The business facts the invoicing cards need (its zone, which business a card means) and the result card.</summary>
internal sealed class InvoicingCardFactory(IBookingsBusinessCatalog catalog, BusinessTimeZone fallback)
{
    public TimeZoneInfo ZoneOf(BookingsBusiness business) => TimeZoneResolver.ResolveFirst(business.TimeZoneId);

    /// <summary>
    /// The business a card without a list query means: the asking tenant's only one, else null (ask for a fresh list).
    /// Never another tenant's: the card's run passed the guard for this tenant, so its business is one of them.
    /// </summary>
    public async Task<string?> OnlyBusinessIdAsync(string? tenantId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(tenantId))
        {
            return null;
        }
        IReadOnlyList<BookingsBusiness> businesses = await catalog.ListAsync(tenantId, ct);
        return businesses.Count == 1 ? businesses[0].Id : null;
    }

    public async Task<AdaptiveCard> ResultCardAsync(
        string? tenantId, InvoiceRunResult result, BookingListQuery? back, IReadOnlySet<Guid> undone, CancellationToken ct)
    {
        // The result names no business; the list it came from does, else any booking it holds back.
        string? businessId = back?.BusinessId
            ?? result.Problems.Select(p => p.Booking.BusinessId).Concat(result.Skipped.Select(s => s.Booking.BusinessId)).FirstOrDefault();
        BookingsBusiness? business = businessId is null ? null : await catalog.FindAsync(businessId, ct);
        TimeZoneInfo zone = business is null ? await fallback.ZoneAsync(tenantId, ct) : ZoneOf(business);
        return InvoiceResultCard.Build(new InvoiceResultCardModel(result, zone, undone, back));
    }
}
