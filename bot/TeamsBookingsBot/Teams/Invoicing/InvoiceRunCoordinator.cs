using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// Confirms a run without making Teams wait: Teams shows an error after about 3 s and redelivers an invoke it gave up
/// on after about 15 s, while Business Central may take a minute for a big run. The run starts as a task of its own
/// (it stops only with the app); if it is not done within <see cref="InvoicingChatOptions.ConfirmWait"/>, the card
/// becomes a progress card and the result replaces that same message when the run ends.
/// </summary>
internal sealed class InvoiceRunCoordinator(
    IDraftInvoicing invoicing,
    InvoicingCardFactory cards,
    IOptions<InvoicingChatOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<InvoiceRunCoordinator> logger)
{
    // The progress card travels in the invoke response (or the dispatcher's update for Action.Submit); a result put
    // on the message before Teams has drawn it would be overwritten by it, so the update waits at least this long.
    private static readonly TimeSpan ProgressSettle = TimeSpan.FromSeconds(1);

    // A second Confirm while the run is still going joins it instead of asking Business Central again.
    private readonly ConcurrentDictionary<Guid, Lazy<Task<InvoiceRunResult>>> running = new();

    /// <param name="startedAt">When the turn started (<see cref="TimeProvider.GetTimestamp"/>): the wait counts from there.</param>
    public async Task<CardActionResult> ConfirmAsync(
        TurnContext turn, Guid runId, int draftCount, BookingListQuery? back, long startedAt, CancellationToken ct)
    {
        Task<InvoiceRunResult> run = Start(runId, InvoicingActors.From(turn));
        TimeSpan wait = options.Value.ConfirmWait - time.GetElapsedTime(startedAt);
        if (wait > TimeSpan.Zero)
        {
            using var waitCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await Task.WhenAny(run, Task.Delay(wait, time, waitCancel.Token));
            await waitCancel.CancelAsync();
        }
        if (run.IsCompleted)
        {
            InvoiceRunResult result = await run;
            InvoicingChatLog.RunFinished(logger, runId, result.Created.Count, result.Failed.Count, result.AlreadyCompleted);
            return new CardActionResult.ReplaceCard(await cards.ResultCardAsync(turn.TenantId, result, back, new HashSet<Guid>(), ct));
        }
        InvoicingChatLog.RunContinuesInBackground(logger, runId);
        _ = FinishLaterAsync(turn, runId, run, back, time.GetTimestamp());
        return new CardActionResult.ReplaceCard(InvoiceProgressCard.Build(draftCount));
    }

    private Task<InvoiceRunResult> Start(Guid runId, InvoicingActor actor) =>
        running.GetOrAdd(runId, id => new Lazy<Task<InvoiceRunResult>>(() => RunAsync(id, actor))).Value;

    private async Task<InvoiceRunResult> RunAsync(Guid runId, InvoicingActor actor)
    {
        try
        {
            // Not the turn's token: the run outlives the answer to Teams and stops only with the app.
            return await Task.Run(() => invoicing.ConfirmAsync(runId, actor, lifetime.ApplicationStopping));
        }
        finally
        {
            running.TryRemove(runId, out _);
        }
    }

    private async Task FinishLaterAsync(TurnContext turn, Guid runId, Task<InvoiceRunResult> run, BookingListQuery? back, long shownAt)
    {
        CancellationToken stopping = lifetime.ApplicationStopping;
        AdaptiveCard card;
        try
        {
            InvoiceRunResult result = await run;
            InvoicingChatLog.RunFinishedLate(logger, runId, result.Created.Count, result.Failed.Count);
            card = await cards.ResultCardAsync(turn.TenantId, result, back, new HashSet<Guid>(), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return; // shutting down: the next Confirm on this card finds the run's outcome (idempotent per run id)
        }
        catch (Exception ex)
        {
            // Nobody else awaits this task: without this the failure would vanish and the card say "Creating…" for ever.
            InvoicingChatLog.RunFailedLate(logger, ex, runId);
            card = ErrorCard.Build(new ErrorCardModel(
                "Creating the draft invoices did not finish.",
                "Type \"show uninvoiced bookings\": bookings that got a draft are off the list, and the others can be invoiced again.",
                turn.ReferenceId));
        }
        await DeliverAsync(turn, runId, card, shownAt, stopping);
    }

    private async Task DeliverAsync(TurnContext turn, Guid runId, AdaptiveCard card, long shownAt, CancellationToken stopping)
    {
        string? messageId = turn.Activity.ReplyToId;
        try
        {
            TimeSpan sinceShown = time.GetElapsedTime(shownAt);
            if (sinceShown < ProgressSettle)
            {
                await Task.Delay(ProgressSettle - sinceShown, time, stopping);
            }
            if (string.IsNullOrEmpty(messageId))
            {
                await turn.SendCardAsync(card, stopping); // no message to update (a client that sent no replyToId)
            }
            else
            {
                await turn.UpdateCardAsync(messageId, card, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // shutting down; the run's outcome is stored and shown again on the next Confirm
        }
        catch (Exception ex) when (ex is ConnectorException or ConnectorHostNotAllowedException or ConnectorOutcomeUnknownException
            or ConnectorTokenUnavailableException or HttpRequestException)
        {
            InvoicingChatLog.OutcomeNotDelivered(logger, ex, runId, messageId ?? "(new message)");
        }
    }
}
