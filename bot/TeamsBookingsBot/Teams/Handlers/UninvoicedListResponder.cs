using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Shared by the typed commands and the buttons: list the bookings, fit the page into one card.</summary>
internal sealed class UninvoicedListResponder(ListUninvoicedBookings listBookings, ILogger<UninvoicedListResponder> logger)
{
    public async Task<AdaptiveCard> BuildCardAsync(UninvoicedBookingsRequest request, bool readyToInvoice, CancellationToken ct)
    {
        UninvoicedBookingsListing listing = await listBookings.RunAsync(request, ct);
        if (listing is not UninvoicedBookingsListing.Listed listed)
        {
            logger.UninvoicedNotReady(listing.GetType().Name);
            return BookingsNotReadyCard.Build(listing);
        }
        // A fresh card is a fresh run: the ledger tells its buttons' invoice runs apart by this id.
        UninvoicedBookingsCardModel model = UninvoicedBookingsCard.FitPage(
            listed.Snapshot, listed.Result.PageIndex, request.PageSize, Guid.NewGuid(), readyToInvoice);
        if (model.Result.PageSize < request.PageSize)
        {
            logger.UninvoicedPageShrunk(request.PageSize, model.Result.PageSize);
        }
        AdaptiveCard card = UninvoicedBookingsCard.Build(model);
        logger.UninvoicedListed(model.Result.Count, model.Result.PageIndex + 1, model.Result.TotalPages, model.Result.PageSize, card.SizeInBytes);
        return card;
    }
}
