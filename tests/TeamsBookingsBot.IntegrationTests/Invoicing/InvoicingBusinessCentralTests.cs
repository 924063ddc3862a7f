using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicingBusinessCentralTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static async Task<InvoiceRunResult> InvoiceAsync(InvoicingInstance bot, params Booking[] bookings)
    {
        bot.Bookings.Add(bookings);
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(bookings), Alice, Ct);
        return await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct);
    }

    [Fact]
    public async Task Confirm_ThreeLineDraft_OneDeepInsertPostPerInvoice()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);

        InvoiceRunResult result = await InvoiceAsync(bot, Haircut(1, Helen), Haircut(2, Helen), Haircut(3, Helen), Haircut(4, Robert));

        Assert.Equal(2, result.Created.Count);
        Assert.Equal(2, bc.Sandbox.RequestCount("POST salesInvoices"));
        Assert.Equal(0, bc.Sandbox.RequestCount("POST $batch"));
        Assert.Equal(0, bc.Sandbox.RequestCount("POST salesInvoiceLines"));
        Assert.Equal([3, 1], bc.Sandbox.Invoices.OrderBy(i => i.CustomerNumber == "10000").Select(i => i.Lines.Count));
        Assert.Equal(new Money(135m, "USD"), result.Created.Single(c => c.Draft.Lines.Count == 3).Total);
    }

    [Fact]
    public async Task Confirm_MultiLineDeepInsertRejected_FallsBackToHeaderAndBatch()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync(new BusinessCentralSandboxOptions { RejectMultiLineDeepInsert = true });
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);

        InvoiceRunResult result = await InvoiceAsync(bot, Haircut(1, Helen), Haircut(2, Helen));

        Assert.Equal(2, Assert.Single(bc.Sandbox.Invoices).Lines.Count);
        Assert.Equal(2, bc.Sandbox.RequestCount("POST salesInvoices")); // the rejected deep insert, then the header
        Assert.Equal(1, bc.Sandbox.RequestCount("POST $batch"));
        Assert.Equal(2, Assert.Single(result.Created).Draft.Lines.Count);
    }

    [Fact]
    public async Task Confirm_Throttled429WithRetryAfter_CreatedOnceAfterWaiting()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        RecordingClock clock = new();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc, time: clock);
        bot.Bookings.Add(Haircut(1, Helen));
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(Haircut(1, Helen)), Alice, Ct);
        bc.Sandbox.Faults.Throttle(1, "0.2");

        Task<InvoiceRunResult> confirm = bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct);
        IReadOnlyList<TimeSpan> waits = await clock.RunThroughWaitsAsync(confirm, below: TimeSpan.FromSeconds(10));
        InvoiceRunResult result = await confirm;

        Assert.Equal([TimeSpan.FromMilliseconds(200)], waits);
        Assert.Single(result.Created);
        Assert.Equal(1, bc.Sandbox.RequestCount("throttled POST salesInvoices"));
        Assert.Single(bc.Sandbox.Invoices);
    }

    [Fact]
    public async Task Confirm_BcValidationError_FailedInvoiceWithBcsMessageAndBookingFreeAgain()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        await bot.Mappings.MapServiceAsync(BusinessId, "svc-haircut", "SVC-GONE", Alice, Ct);
        Booking booking = Haircut(1, Helen);

        InvoiceRunResult result = await InvoiceAsync(bot, booking);

        FailedInvoice failed = Assert.Single(result.Failed);
        Assert.Contains("The Item does not exist", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("items exist", failed.WhatToDo, StringComparison.Ordinal);
        Assert.Empty(bc.Sandbox.Invoices);
        Assert.IsType<LedgerEntry.Released>(Assert.Single(await bot.Ledger.GetStateAsync(BusinessId, [booking.AppointmentId], Ct)).Value);
        await bot.Mappings.MapServiceAsync(BusinessId, "svc-haircut", "SVC-HAIRCUT", Alice, Ct);
        Assert.Single((await InvoiceAsync(bot, booking)).Created);
    }

    [Fact]
    public async Task Undo_Draft_DeletedInBcAndBookingUninvoicedAgain()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking booking = Haircut(1, Helen);
        CreatedInvoice created = Assert.Single((await InvoiceAsync(bot, booking)).Created);

        UndoResult undo = await bot.Invoicing.UndoAsync(created.InvoiceId, Alice, Ct);

        var undone = Assert.IsType<UndoResult.Undone>(undo);
        Assert.Equal(created.InvoiceNumber, undone.InvoiceNumber);
        Assert.Equal([booking.AppointmentId], undone.AppointmentIds);
        Assert.Empty(bc.Sandbox.Invoices);
        InvoicePreview again = await bot.Invoicing.PreviewAsync(Select(booking), Alice, Ct);
        Assert.Single(again.Plan.Drafts);
    }

    [Fact]
    public async Task Undo_PostedInvoice_RefusedWithStatusAndBookingStaysInvoiced()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking booking = Haircut(1, Helen);
        CreatedInvoice created = Assert.Single((await InvoiceAsync(bot, booking)).Created);
        Assert.True(bc.Sandbox.PostInvoice(created.InvoiceId));

        UndoResult undo = await bot.Invoicing.UndoAsync(created.InvoiceId, Alice, Ct);

        var refused = Assert.IsType<UndoResult.NotDraft>(undo);
        Assert.Equal("Open", refused.Status);
        Assert.StartsWith("PS-INV", refused.InvoiceNumber, StringComparison.Ordinal);
        Assert.Single(bc.Sandbox.Invoices);
        Assert.IsType<LedgerEntry.Invoiced>(Assert.Single(await bot.Ledger.GetStateAsync(BusinessId, [booking.AppointmentId], Ct)).Value);
    }

    [Fact]
    public async Task Undo_InvoiceNotMadeByTheBot_NotFoundAndNothingDeleted()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        await InvoiceAsync(bot, Haircut(1, Helen));

        Assert.IsType<UndoResult.NotFound>(await bot.Invoicing.UndoAsync(Guid.NewGuid(), Alice, Ct));
        Assert.Single(bc.Sandbox.Invoices);
    }
}
