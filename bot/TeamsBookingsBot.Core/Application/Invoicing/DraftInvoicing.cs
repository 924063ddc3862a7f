using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// The invoicing use cases over the ports. Exactly once rests on the ledger (one reservation per booking
/// attendee, atomic in the database) and on deterministic external document numbers (a lost answer is looked
/// up, never re-sent); the run store only spares a second confirm of one run from doing the work again.
/// </summary>
public sealed class DraftInvoicing(
    IBookingStore bookings,
    IBookingsBusinessCatalog businesses,
    IInvoiceLedger ledger,
    IInvoiceRunStore runs,
    IInvoicingReferenceStore references,
    IBusinessInvoicing invoicing,
    IAuditLog auditLog,
    DraftInvoicingSettings settings,
    TimeProvider time) : IDraftInvoicing, IInvoicingMappings
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    public async Task<InvoicePreview> PreviewAsync(InvoiceSelection selection, InvoicingActor actor, CancellationToken ct)
    {
        BookingsBusiness business = await BusinessAsync(selection.BusinessId, ct);
        IReadOnlyList<Booking> selected = await bookings.GetManyAsync(business.Id, selection.AppointmentIds, ct);
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await ledger.GetStateAsync(business.Id, selection.AppointmentIds, ct);
        BusinessInvoicingProfile profile = await invoicing.ForAsync(business.Id, ct);
        InvoiceRunResolutions resolutions = await new RunResolver(profile.BusinessCentral, references, profile.Settings, time)
            .ResolveAsync(business.Id, selected, state, ct);
        var runId = Guid.NewGuid();
        InvoicePlan plan = Plan(business, selected, state, resolutions, runId, selection.Adjustments, profile.Settings);
        DateTimeOffset now = time.GetUtcNow();
        string summary = $"{plan.Drafts.Count} drafts, {plan.Drafts.Sum(d => d.Lines.Count)} lines, {plan.Problems.Count} problems, {plan.Skipped.Count} skipped";
        await runs.CreateAsync(new InvoiceRun(runId, selection with { BusinessId = business.Id }, actor, resolutions, summary,
            InvoiceRunStatus.Previewed, now, null, now, null), ct);
        await Audit(business.Id).WriteAsync(actor, "invoice.preview", $"run {runId}: {selection.AppointmentIds.Count} bookings; {summary}", ct);
        return new InvoicePreview(runId, business, plan);
    }

    public async Task<InvoiceRunResult> ConfirmAsync(Guid runId, InvoicingActor actor, CancellationToken ct)
    {
        while (true)
        {
            InvoiceRun run = await runs.GetAsync(runId, ct) ?? throw new ArgumentException($"There is no invoice run {runId}.", nameof(runId));
            if (run.Status == InvoiceRunStatus.Completed && run.Result is { } done)
            {
                return done with { AlreadyCompleted = true };
            }
            DateTimeOffset now = time.GetUtcNow();
            if (await runs.TryStartAsync(runId, actor.AadObjectId, now, now - settings.RunningRunStaleAfter, ct))
            {
                return await RunAsync(run, actor, ct);
            }
            // Another click, user or instance is confirming this run: its result is this call's answer too.
            await Task.Delay(settings.ConfirmPollInterval, time, ct);
        }
    }

    public async Task<InvoiceRunResult?> GetResultAsync(Guid runId, CancellationToken ct) =>
        await runs.GetAsync(runId, ct) is { Status: InvoiceRunStatus.Completed, Result: { } result } ? result : null;

    public async Task<UndoResult> UndoAsync(Guid invoiceId, InvoicingActor actor, CancellationToken ct)
    {
        IReadOnlyList<LedgerEntry.Invoiced> entries = await ledger.GetInvoicedByInvoiceIdAsync(invoiceId, ct);
        if (entries.Count == 0)
        {
            return new UndoResult.NotFound(invoiceId.ToString());
        }
        LedgerEntry.Invoiced first = entries[0];
        InvoicingAudit audit = Audit(first.Key.BusinessId);
        IReadOnlyList<string> appointments = [.. entries.Select(e => e.Key.AppointmentId).Distinct(StringComparer.Ordinal)];
        IBusinessCentral businessCentral = (await invoicing.ForAsync(first.Key.BusinessId, ct)).BusinessCentral;
        BcDeleteDraftResult deleted = await businessCentral.DeleteDraftSalesInvoiceAsync(invoiceId, ct);
        if (deleted is BcDeleteDraftResult.NotDraft notDraft)
        {
            await audit.WriteAsync(actor, "invoice.undo-refused", $"{notDraft.Number} {invoiceId} status {notDraft.Status}", ct);
            return new UndoResult.NotDraft(notDraft.Number, notDraft.Status.ToString());
        }
        if (deleted is BcDeleteDraftResult.NotFound)
        {
            // A posted invoice can get another API id than its draft had: look for it by our number before freeing anything.
            IReadOnlyList<BcSalesInvoice> same = await businessCentral.FindSalesInvoicesByExternalDocumentNumberAsync(first.ExternalDocumentNumber, ct);
            if (same.FirstOrDefault(i => i.Status != BcInvoiceStatus.Draft) is { } posted)
            {
                await audit.WriteAsync(actor, "invoice.undo-refused", $"{posted.Number} {invoiceId} status {posted.Status}", ct);
                return new UndoResult.NotDraft(posted.Number, posted.Status.ToString());
            }
            await ledger.ReleaseAsync(first.ExternalDocumentNumber, time.GetUtcNow(), ct);
            await audit.WriteAsync(actor, "invoice.undo-gone", $"{first.InvoiceNumber} {invoiceId} was already deleted; bookings released", ct);
            return new UndoResult.NotFound(first.InvoiceNumber);
        }
        await ledger.ReleaseAsync(first.ExternalDocumentNumber, time.GetUtcNow(), ct);
        await audit.WriteAsync(actor, "invoice.undo", $"{first.InvoiceNumber} {invoiceId}: {appointments.Count} bookings released", ct);
        return new UndoResult.Undone(first.InvoiceNumber, appointments);
    }

    public Task<LedgerChange> MarkAsInvoicedAsync(string businessId, IReadOnlyList<string> appointmentIds, InvoicingActor actor, CancellationToken ct) =>
        ChangeOpenKeysAsync(businessId, appointmentIds, actor, "invoice.mark-invoiced", "",
            keys => ledger.MarkAsInvoicedAsync(keys, actor.AadObjectId, time.GetUtcNow(), ct), ct);

    public Task<LedgerChange> ExcludeAsync(
        string businessId, IReadOnlyList<string> appointmentIds, string reason, InvoicingActor actor, CancellationToken ct) =>
        ChangeOpenKeysAsync(businessId, appointmentIds, actor, "invoice.exclude", reason,
            keys => ledger.ExcludeAsync(keys, reason, actor.AadObjectId, time.GetUtcNow(), ct), ct);

    public async Task LinkCustomerAsync(string businessId, string customerKey, string customerNumber, InvoicingActor actor, CancellationToken ct)
    {
        await references.SaveCustomerLinkAsync(new CustomerLink(businessId, customerKey, customerNumber, true, actor.AadObjectId, time.GetUtcNow()), ct);
        await Audit(businessId).WriteAsync(actor, "customer.link", $"{customerKey} -> {customerNumber}", ct);
    }

    public async Task MapServiceAsync(string businessId, string serviceId, string itemNumber, InvoicingActor actor, CancellationToken ct)
    {
        await references.SaveServiceMappingAsync(new ServiceItemMapping(businessId, serviceId, itemNumber, true, actor.AadObjectId, time.GetUtcNow()), ct);
        await Audit(businessId).WriteAsync(actor, "service.map", $"{serviceId} -> {itemNumber}", ct);
    }

    private async Task<InvoiceRunResult> RunAsync(InvoiceRun run, InvoicingActor actor, CancellationToken ct)
    {
        BookingsBusiness business = await BusinessAsync(run.Selection.BusinessId, ct);
        IReadOnlyList<Booking> selected = await bookings.GetManyAsync(business.Id, run.Selection.AppointmentIds, ct);
        string runKey = run.RunId.ToString("N");
        // A run taken over from a dead process finds its own reservations: planned again, they reach the sender,
        // which settles them with BC instead of skipping them as "being invoiced".
        Dictionary<InvoiceLedgerKey, LedgerEntry> state = (await ledger.GetStateAsync(business.Id, run.Selection.AppointmentIds, ct))
            .Where(pair => pair.Value is not LedgerEntry.Reserved { RunKey: var key } || key != runKey)
            .ToDictionary();
        BusinessInvoicingProfile profile = await invoicing.ForAsync(business.Id, ct);
        InvoicePlan plan = Plan(business, selected, state, run.Resolutions, run.RunId, run.Selection.Adjustments, profile.Settings);
        InvoicingAudit audit = Audit(business.Id);
        var sender = new DraftSender(ledger, profile.BusinessCentral, audit, time,
            selected.ToDictionary(b => b.AppointmentId, StringComparer.Ordinal), plan.RunKey, actor, Today(business));

        var outcomes = new ConcurrentDictionary<int, DraftOutcome>();
        using (var beat = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            Task heartbeat = BeatAsync(run.RunId, beat.Token);
            try
            {
                await Parallel.ForEachAsync(plan.Drafts.Select((draft, index) => (draft, index)),
                    new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelInvoices, CancellationToken = ct },
                    async (item, token) => outcomes[item.index] = await sender.SendAsync(item.draft, token));
            }
            finally
            {
                // A run that failed must stop beating too, or it would look alive forever and never be taken over.
                await beat.CancelAsync();
                await heartbeat;
            }
        }
        List<DraftOutcome> ordered = [.. outcomes.OrderBy(o => o.Key).Select(o => o.Value)];
        var result = new InvoiceRunResult(
            run.RunId,
            [.. ordered.Where(o => o.Created is not null).Select(o => o.Created!)],
            [.. ordered.Where(o => o.Failed is not null).Select(o => o.Failed!)],
            [.. plan.Skipped, .. ordered.SelectMany(o => o.Skipped)],
            plan.Problems,
            AlreadyCompleted: false);
        await runs.CompleteAsync(run.RunId, result, time.GetUtcNow(), ct);
        await audit.WriteAsync(actor, "invoice.confirm",
            $"run {run.RunId}: {result.Created.Count} created, {result.Failed.Count} failed, {result.Skipped.Count} skipped, {result.Problems.Count} problems", ct);
        return result;
    }

    private async Task BeatAsync(Guid runId, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await runs.HeartbeatAsync(runId, time.GetUtcNow(), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The run finished (or was cancelled): no more beats needed.
        }
    }

    private async Task<LedgerChange> ChangeOpenKeysAsync(
        string businessId, IReadOnlyList<string> appointmentIds, InvoicingActor actor, string action, string reason,
        Func<IReadOnlyCollection<InvoiceLedgerKey>, Task<LedgerChange>> change, CancellationToken ct)
    {
        IReadOnlyList<Booking> found = await bookings.GetManyAsync(businessId, appointmentIds, ct);
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await ledger.GetStateAsync(businessId, appointmentIds, ct);
        // Every attendee still open; those already invoiced or excluded keep their state.
        List<InvoiceLedgerKey> all = [.. found.SelectMany(InvoiceLedgerKey.AllFor)];
        List<InvoiceLedgerKey> open = [.. all.Where(k => !(state.TryGetValue(k, out LedgerEntry? e) && e.BlocksInvoicing))];
        if (open.Count == 0)
        {
            return new LedgerChange.Conflict([.. all.Select(k => state[k])]);
        }
        LedgerChange result = await change(open);
        string outcome = result is LedgerChange.Applied ? "applied" : "conflict";
        await Audit(businessId).WriteAsync(actor, action, $"{string.Join(',', found.Select(b => b.AppointmentId))}: {outcome} {reason}".TrimEnd(), ct);
        return result;
    }

    private InvoicePlan Plan(
        BookingsBusiness business, IReadOnlyList<Booking> selected, IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state,
        InvoiceRunResolutions resolutions, Guid runId, InvoicePlanAdjustments adjustments, DraftInvoicingSettings businessSettings)
    {
        var planSettings = new InvoicingSettings
        {
            Business = business,
            CompanyCurrencyCode = string.IsNullOrWhiteSpace(businessSettings.CompanyCurrencyCode) ? business.CurrencyCode : businessSettings.CompanyCurrencyCode,
            GroupBilling = businessSettings.GroupBilling,
            NoShowFee = businessSettings.NoShowFee,
            AmountCheck = businessSettings.AmountCheck,
        };
        return InvoicePlanner.Plan(selected, resolutions.Customers, resolutions.ToServiceMapping(), state, planSettings, runId.ToString("N"), adjustments);
    }

    private async Task<BookingsBusiness> BusinessAsync(string businessId, CancellationToken ct) =>
        await businesses.FindAsync(businessId, ct)
        ?? throw new ArgumentException($"The Bookings business {businessId} is not configured.", nameof(businessId));

    private DateOnly Today(BookingsBusiness business) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(business.TimeZoneId)).DateTime);

    private InvoicingAudit Audit(string? businessId) => new(auditLog, time, businessId);
}
