using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Invoicing;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Shared by the typed commands and the buttons: list the bookings, fit the page into one card.</summary>
internal sealed class UninvoicedListResponder(
    ListUninvoicedBookings listBookings, IListSnapshotStore snapshots, TimeProvider time, ILogger<UninvoicedListResponder> logger)
{
    public async Task<AdaptiveCard> BuildCardAsync(TurnContext turn, UninvoicedBookingsRequest request, bool readyToInvoice, CancellationToken ct)
    {
        UninvoicedBookingsListing listing = await listBookings.RunAsync(request, ct);
        if (listing is not UninvoicedBookingsListing.Listed listed)
        {
            logger.UninvoicedNotReady(listing.GetType().Name);
            return BookingsNotReadyCard.Build(listing);
        }
        // Every card is stored with the chat it is posted in: its buttons carry this id, and a press from any other
        // chat is refused (CardActionGuard).
        var listId = Guid.NewGuid();
        await snapshots.SaveAsync(new ListSnapshot(listId, listed.Snapshot.Business.Id, InvoicingActors.From(turn), time.GetUtcNow()), ct);
        UninvoicedBookingsCardModel model = UninvoicedBookingsCard.FitPage(
            listed.Snapshot, listed.Result.PageIndex, request.PageSize, listId, readyToInvoice);
        if (model.Result.PageSize < request.PageSize)
        {
            logger.UninvoicedPageShrunk(request.PageSize, model.Result.PageSize);
        }
        AdaptiveCard card = UninvoicedBookingsCard.Build(model);
        logger.UninvoicedListed(model.Result.Count, model.Result.PageIndex + 1, model.Result.TotalPages, model.Result.PageSize, card.SizeInBytes);
        return card;
    }
}
