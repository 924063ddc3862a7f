using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// Sends one planned draft exactly once: reserve its ledger keys, create the customer if it is new, create the
/// draft in one call, mark the keys invoiced. A typed BC refusal releases the keys; an unknown outcome is settled
/// by looking the external document number up, so a lost response never makes a second draft.
/// </summary>
internal sealed class DraftSender(
    IInvoiceLedger ledger, IBusinessCentral businessCentral, InvoicingAudit audit, TimeProvider time,
    IReadOnlyDictionary<string, Booking> bookings, string runKey, InvoicingActor actor, DateOnly invoiceDate)
{
    // A reservation that lost some keys to another run is retried with the rest, at most this often.
    private const int MaxReserveAttempts = 3;

    public async Task<DraftOutcome> SendAsync(DraftInvoice planned, CancellationToken ct)
    {
        var skipped = new List<SkippedBooking>();
        DraftInvoice? draft = planned;
        for (int attempt = 0; draft is not null; attempt++)
        {
            LedgerChange change = await ledger.TryReserveAsync(
                draft.LedgerKeys, runKey, draft.ExternalDocumentNumber, actor.AadObjectId, time.GetUtcNow(), ct);
            if (change is LedgerChange.Applied)
            {
                return await CreateAsync(draft, skipped, ct);
            }
            IReadOnlyList<LedgerEntry> taken = ((LedgerChange.Conflict)change).Taken;
            if (taken.Any(e => e is LedgerEntry.Reserved r && r.ExternalDocumentNumber == draft.ExternalDocumentNumber))
            {
                // An earlier attempt of this very run reserved it and died: BC may have the draft already.
                return await SettleUnknownAsync(draft, skipped, ct);
            }
            skipped.AddRange(taken.Select(Skip));
            var takenKeys = taken.Select(e => e.Key).ToHashSet();
            List<DraftInvoiceLine> rest = [.. draft.Lines.Where(l => !l.LedgerKeys.Any(takenKeys.Contains))];
            draft = rest.Count == 0 || attempt + 1 >= MaxReserveAttempts
                ? null
                : draft with { Lines = rest, Total = new Money(rest.Sum(l => l.Amount), draft.Total.Currency) };
        }
        return new DraftOutcome(null, null, skipped);
    }

    private async Task<DraftOutcome> CreateAsync(DraftInvoice draft, List<SkippedBooking> skipped, CancellationToken ct)
    {
        try
        {
            if (draft.Customer is InvoiceCustomer.FromTemplate fromTemplate)
            {
                draft = draft.WithCreatedCustomer(await CreateCustomerAsync(fromTemplate, ct));
            }
            string customerNumber = ((InvoiceCustomer.Existing)draft.Customer).Customer.Number;
            BcSalesInvoice invoice = await businessCentral.CreateSalesInvoiceAsync(draft.ToBusinessCentral(customerNumber, invoiceDate), ct);
            return await RecordAsync(draft, invoice, skipped, ct);
        }
        catch (BusinessCentralOutcomeUnknownException)
        {
            return await SettleUnknownAsync(draft, skipped, ct);
        }
        catch (BusinessCentralException ex)
        {
            await ledger.ReleaseAsync(draft.ExternalDocumentNumber, time.GetUtcNow(), ct);
            var failed = new FailedInvoice(draft, ex.Message, InvoicingFailures.WhatToDo(ex));
            await audit.WriteAsync(actor, "invoice.failed", $"{draft.ExternalDocumentNumber}: {ex.Code}", ct);
            return new DraftOutcome(null, failed, skipped);
        }
    }

    private async Task<BcCustomerRef> CreateCustomerAsync(InvoiceCustomer.FromTemplate fromTemplate, CancellationToken ct)
    {
        BookingCustomer source = fromTemplate.Source;
        BcCustomer created = await businessCentral.CreateCustomerAsync(
            new BcNewCustomer(source.Name ?? source.Email ?? "Bookings customer", source.Email ?? "", source.Phone,
                string.IsNullOrWhiteSpace(fromTemplate.TemplateCode) ? null : fromTemplate.TemplateCode), ct);
        await audit.WriteAsync(actor, "customer.created", $"{created.Number} from template {fromTemplate.TemplateCode}", ct);
        return created.ToRef();
    }

    private async Task<DraftOutcome> RecordAsync(DraftInvoice draft, BcSalesInvoice invoice, List<SkippedBooking> skipped, CancellationToken ct)
    {
        IReadOnlyList<LedgerEntry> marked = await ledger.MarkInvoicedAsync(draft.ExternalDocumentNumber, invoice.Id, invoice.Number, time.GetUtcNow(), ct);
        if (marked.Count == 0)
        {
            // Our reservation was released while BC worked (a reconciliation that thought this process dead).
            // Take the keys again; if another run got them first, the bookkeeper must remove this draft.
            LedgerChange again = await ledger.TryReserveAsync(draft.LedgerKeys, runKey, draft.ExternalDocumentNumber, actor.AadObjectId, time.GetUtcNow(), ct);
            if (again is LedgerChange.Conflict)
            {
                await audit.WriteAsync(actor, "invoice.orphaned", $"{invoice.Number} {draft.ExternalDocumentNumber}", ct);
                return new DraftOutcome(null, new FailedInvoice(draft,
                    $"Draft {invoice.Number} was created, but its bookings were invoiced by another run meanwhile.",
                    $"Delete draft {invoice.Number} in Business Central."), skipped);
            }
            await ledger.MarkInvoicedAsync(draft.ExternalDocumentNumber, invoice.Id, invoice.Number, time.GetUtcNow(), ct);
        }
        Uri link = await businessCentral.GetSalesInvoiceWebLinkAsync(invoice.Number, ct);
        await audit.WriteAsync(actor, "invoice.created", $"{invoice.Number} {invoice.Id} {draft.ExternalDocumentNumber} lines={draft.Lines.Count}", ct);
        return new DraftOutcome(new CreatedInvoice(draft, invoice.Id, invoice.Number, invoice.Total, link), null, skipped);
    }

    private async Task<DraftOutcome> SettleUnknownAsync(DraftInvoice draft, List<SkippedBooking> skipped, CancellationToken ct)
    {
        ReconcileOutcome outcome = await LedgerReconciliation.ReconcileAsync(ledger, businessCentral, draft.ExternalDocumentNumber, time.GetUtcNow(), ct);
        await audit.WriteAsync(actor, "invoice.reconciled", $"{draft.ExternalDocumentNumber}: {outcome.GetType().Name}", ct);
        return outcome switch
        {
            ReconcileOutcome.Invoiced found => new DraftOutcome(
                new CreatedInvoice(draft, found.Invoice.Id, found.Invoice.Number, found.Invoice.Total,
                    await businessCentral.GetSalesInvoiceWebLinkAsync(found.Invoice.Number, ct)), null, skipped),
            ReconcileOutcome.Released => new DraftOutcome(null, new FailedInvoice(draft,
                "Business Central did not answer, and no draft was made.", "Invoice these bookings again."), skipped),
            ReconcileOutcome.StillUnknown unknown => new DraftOutcome(null, new FailedInvoice(draft,
                "Business Central did not answer, so it is not known yet whether the draft was made: " + unknown.Reason,
                "Wait a few minutes: the bot checks Business Central again and frees the bookings if no draft was made."), skipped),
            _ => throw new InvalidOperationException($"Unknown reconcile outcome {outcome.GetType().Name}."),
        };
    }

    private SkippedBooking Skip(LedgerEntry entry)
    {
        Booking booking = bookings[entry.Key.AppointmentId];
        BookingCustomer? customer = booking.Customers.FirstOrDefault(c => InvoiceLedgerKey.CustomerKeyOf(c) == entry.Key.CustomerKey);
        (SkipReason reason, string message) = entry switch
        {
            LedgerEntry.Invoiced i => (SkipReason.AlreadyInvoiced, $"Already invoiced on {i.InvoiceNumber}."),
            LedgerEntry.Reserved r => (SkipReason.BeingInvoiced, $"Already being invoiced by {r.By} (reference {r.ExternalDocumentNumber})."),
            LedgerEntry.MarkedInvoiced m => (SkipReason.MarkedInvoiced, $"Marked as invoiced by {m.By}."),
            LedgerEntry.Excluded x => (SkipReason.Excluded, $"Excluded from invoicing by {x.By}: {x.Reason}"),
            _ => throw new InvalidOperationException($"Ledger state {entry.GetType().Name} does not block invoicing."),
        };
        return new SkippedBooking(booking, reason, message) { Customer = customer, LedgerEntry = entry };
    }
}
