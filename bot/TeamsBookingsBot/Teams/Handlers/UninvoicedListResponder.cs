using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Invoicing;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Shared by the typed commands and the buttons: list the bookings (one query), fit the page into one card (rendered
/// once, unless a page too big for Teams has to shrink, and sent as rendered). Right after install
/// the first sync may still be running: the answer then waits for it a little (<see cref="TurnWait"/>), and if it
/// needs longer, the "fetching" card it sends turns into the list, in the same message, when the sync ends.
/// </summary>
internal sealed class UninvoicedListResponder(
    ListUninvoicedBookings listBookings,
    IListSnapshotStore snapshots,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<UninvoicedListResponder> logger)
{
    /// <summary>Within Teams' patience for a card action (about 3 s); the sandbox's first sync takes about a second.</summary>
    public static readonly TimeSpan TurnWait = TimeSpan.FromSeconds(2);

    /// <summary>How long a "fetching" card keeps waiting to become the list; a first sync of a big calendar takes minutes.</summary>
    public static readonly TimeSpan BackgroundWait = TimeSpan.FromMinutes(10);

    // A card returned in an invoke response is drawn after the answer; an update sent before would be overwritten by it.
    private static readonly TimeSpan ReplaceSettle = TimeSpan.FromSeconds(1);

    /// <summary>For buttons whose answer replaces the pressed card (paging, Refresh, Back, after Exclude).</summary>
    public async Task<RenderedCard> BuildCardAsync(TurnContext turn, UninvoicedBookingsRequest request, bool readyToInvoice, CancellationToken ct)
    {
        UninvoicedBookingsListing listing = await listBookings.RunWhenSyncedAsync(turn.TenantId, request, TurnWait, ct);
        if (listing is UninvoicedBookingsListing.NotSyncedYet && turn.Activity.ReplyToId is { Length: > 0 } pressed)
        {
            _ = ReplaceWhenSyncedAsync(turn, pressed, request, readyToInvoice, time.GetTimestamp());
        }
        return await CardForAsync(turn, listing, request, readyToInvoice, ct);
    }

    /// <summary>For typed commands and buttons that post a new list.</summary>
    public async Task SendAsync(TurnContext turn, UninvoicedBookingsRequest request, bool readyToInvoice, CancellationToken ct)
    {
        UninvoicedBookingsListing listing = await listBookings.RunWhenSyncedAsync(turn.TenantId, request, TurnWait, ct);
        ResourceResponse posted = await turn.SendCardAsync(await CardForAsync(turn, listing, request, readyToInvoice, ct), ct);
        if (listing is UninvoicedBookingsListing.NotSyncedYet && posted.Id is { Length: > 0 } messageId)
        {
            _ = ReplaceWhenSyncedAsync(turn, messageId, request, readyToInvoice, shownAt: null);
        }
    }

    private async Task<RenderedCard> CardForAsync(
        TurnContext turn, UninvoicedBookingsListing listing, UninvoicedBookingsRequest request, bool readyToInvoice, CancellationToken ct)
    {
        if (listing is not UninvoicedBookingsListing.Listed listed)
        {
            logger.UninvoicedNotReady(listing.GetType().Name);
            return BookingsNotReadyCard.Build(listing);
        }
        // Every card is stored with the chat it is posted in: its buttons carry this id, and a press from any other
        // chat is refused (CardActionGuard).
        var listId = Guid.NewGuid();
        await snapshots.SaveAsync(new ListSnapshot(listId, listed.Snapshot.Business.Id, InvoicingActors.From(turn), time.GetUtcNow()), ct);
        (UninvoicedBookingsCardModel model, RenderedCard card) = UninvoicedBookingsCard.Fit(
            UninvoicedBookingsCardModel.From(listed.Snapshot, listed.Result, listId, readyToInvoice));
        if (model.Result.PageSize < request.PageSize)
        {
            logger.UninvoicedPageShrunk(request.PageSize, model.Result.PageSize);
        }
        logger.UninvoicedListed(model.Result.Count, model.Result.PageIndex + 1, model.Result.TotalPages, model.Result.PageSize, card.SizeInBytes);
        return card;
    }

    // Runs after the turn answered; nobody awaits it, so it logs what goes wrong instead of throwing.
    private async Task ReplaceWhenSyncedAsync(TurnContext turn, string messageId, UninvoicedBookingsRequest request, bool readyToInvoice, long? shownAt)
    {
        CancellationToken stopping = lifetime.ApplicationStopping;
        try
        {
            UninvoicedBookingsListing listing = await listBookings.RunWhenSyncedAsync(turn.TenantId, request, BackgroundWait, stopping);
            RenderedCard card = listing is UninvoicedBookingsListing.NotSyncedYet notSynced
                ? BookingsNotReadyCard.TakingLong(notSynced)
                : await CardForAsync(turn, listing, request, readyToInvoice, stopping);
            if (shownAt is { } shown && time.GetElapsedTime(shown) < ReplaceSettle)
            {
                await Task.Delay(ReplaceSettle - time.GetElapsedTime(shown), time, stopping);
            }
            await turn.UpdateCardAsync(messageId, card, stopping);
            logger.FirstSyncListDelivered(messageId, listing.GetType().Name);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // shutting down: the user asks again and gets the list
        }
        catch (Exception ex)
        {
            logger.FirstSyncListNotDelivered(ex, messageId);
        }
    }
}
