using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicingExactlyOnceTests
{
    // The day after InvoicingData's bookings: the clock the reconciliation tests move on from.
    private static readonly DateTimeOffset AfterTheBookings = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Confirm_TwentyConcurrentConfirmsOfOneRun_CreateOneSetOfDrafts()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking[] bookings = [Haircut(1, Robert), Haircut(2, Robert), Haircut(3, Helen), Haircut(4, Seamus)];
        bot.Bookings.Add(bookings);
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(bookings), Alice, Ct);
        Assert.Equal(3, preview.Plan.Drafts.Count);

        InvoiceRunResult[] results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct))));

        Assert.Equal(3, bc.Sandbox.Invoices.Count);
        Assert.Equal(3, bc.Sandbox.RequestCount("POST salesInvoices"));
        Assert.Single(results, r => !r.AlreadyCompleted);
        Assert.All(results, r => Assert.Equal(
            bc.Sandbox.Invoices.Select(i => i.Number).Order(), r.Created.Select(c => c.InvoiceNumber).Order()));
    }

    [Fact]
    public async Task Confirm_BookingPickedInTwoRuns_InvoicedOnce()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking shared = Haircut(1, Helen);
        bot.Bookings.Add(shared, Haircut(2, Helen));
        InvoicePreview first = await bot.Invoicing.PreviewAsync(Select(shared), Alice, Ct);
        InvoicePreview second = await bot.Invoicing.PreviewAsync(Select(shared, Haircut(2, Helen)), Alice, Ct);

        InvoiceRunResult one = await bot.Invoicing.ConfirmAsync(first.RunId, Alice, Ct);
        InvoiceRunResult two = await bot.Invoicing.ConfirmAsync(second.RunId, Alice, Ct);

        string firstNumber = Assert.Single(one.Created).InvoiceNumber;
        CreatedInvoice rest = Assert.Single(two.Created);
        Assert.Equal(["appt-002"], rest.Draft.Lines.Select(l => l.AppointmentId));
        SkippedBooking skipped = Assert.Single(two.Skipped);
        Assert.Equal(SkipReason.AlreadyInvoiced, skipped.Reason);
        Assert.Contains(firstNumber, skipped.Message, StringComparison.Ordinal);
        Assert.Equal(2, bc.Sandbox.Invoices.Sum(i => i.Lines.Count));
    }

    [Fact]
    public async Task Confirm_CrashAfterBcBeforeLedgerWrite_ReconciliationMarksInvoicedAndNoDuplicate()
    {
        var time = new FakeTimeProvider(AfterTheBookings);
        CrashingLedger? crashing = null;
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc, time: time,
            afterInvoicing: services => services.Decorate<IInvoiceLedger>(inner => crashing = new CrashingLedger(inner)));
        Booking booking = Haircut(1, Robert);
        bot.Bookings.Add(booking);
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(booking), Alice, Ct);
        crashing!.CrashOnMarkInvoiced = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct));
        crashing.CrashOnMarkInvoiced = false;
        Assert.IsType<LedgerEntry.Reserved>(Assert.Single(await bot.Ledger.GetStateAsync(BusinessId, [booking.AppointmentId], Ct)).Value);
        time.Advance(TimeSpan.FromMinutes(3));
        InvoiceReconciliationReport? report = await bot.Services.GetRequiredService<InvoiceReconciliationService>().ReconcileOnceAsync(Ct);

        Assert.Equal(new InvoiceReconciliationReport(1, 0, 0, 0), report);
        var invoiced = Assert.IsType<LedgerEntry.Invoiced>(Assert.Single(await bot.Ledger.GetStateAsync(BusinessId, [booking.AppointmentId], Ct)).Value);
        Assert.Equal(Assert.Single(bc.Sandbox.Invoices).Number, invoiced.InvoiceNumber);
        InvoicePreview again = await bot.Invoicing.PreviewAsync(Select(booking), Alice, Ct);
        Assert.Empty(again.Plan.Drafts);
        Assert.Equal(SkipReason.AlreadyInvoiced, Assert.Single(again.Plan.Skipped).Reason);
    }

    [Fact]
    public async Task Confirm_CrashAfterReservingBeforeBc_ReconciliationReleasesTheBooking()
    {
        var time = new FakeTimeProvider(AfterTheBookings);
        bool crash = false;
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc, time: time,
            afterInvoicing: services => services.Decorate<IBusinessCentral>(inner => new CrashingBusinessCentral(inner, () => crash)));
        Booking booking = Haircut(1, Robert);
        bot.Bookings.Add(booking);
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(booking), Alice, Ct);
        crash = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct));
        crash = false;
        time.Advance(TimeSpan.FromMinutes(3));
        InvoiceReconciliationReport? report = await bot.Services.GetRequiredService<InvoiceReconciliationService>().ReconcileOnceAsync(Ct);

        Assert.Equal(new InvoiceReconciliationReport(0, 1, 0, 0), report);
        Assert.Empty(bc.Sandbox.Invoices);
        InvoicePreview retry = await bot.Invoicing.PreviewAsync(Select(booking), Alice, Ct);
        Assert.Single((await bot.Invoicing.ConfirmAsync(retry.RunId, Alice, Ct)).Created);
        Assert.Single(bc.Sandbox.Invoices);
    }

    [Fact]
    public async Task Confirm_TwoInstancesOnOnePostgresDatabaseWithOverlappingSelections_EachBookingInvoicedOnce()
    {
        string folder = Directory.CreateTempSubdirectory("tbb-two-").FullName;
        Dictionary<string, string?> database = await InvoicingInstance.NewDatabaseAsync(StorageProvider.Postgres, folder);
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance first = await InvoicingInstance.StartAsync(bc, database);
        await using InvoicingInstance second = await InvoicingInstance.StartAsync(bc, database);
        BookingCustomer[] customers = [Robert, Helen, Seamus];
        Booking[] bookings = [.. Enumerable.Range(1, 12).Select(n => Haircut(n, customers[n % 3]))];
        first.Bookings.Add(bookings);
        second.Bookings.Add(bookings);
        InvoicePreview a = await first.Invoicing.PreviewAsync(Select(bookings[..8]), Alice, Ct);
        InvoicePreview b = await second.Invoicing.PreviewAsync(Select(bookings[4..]), Alice with { AadObjectId = "aad-bob" }, Ct);

        InvoiceRunResult[] results = await Task.WhenAll(
            Task.Run(() => first.Invoicing.ConfirmAsync(a.RunId, Alice, Ct)),
            Task.Run(() => second.Invoicing.ConfirmAsync(b.RunId, Alice with { AadObjectId = "aad-bob" }, Ct)));

        List<string> billed = [.. bc.Sandbox.Invoices.SelectMany(i => i.Lines).Select(l => l.Description)];
        Assert.Equal(12, billed.Count);
        Assert.Equal(12, billed.Distinct().Count());
        Assert.Equal(12, results.Sum(r => r.Created.Sum(c => c.Draft.Lines.Count)));
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await first.Ledger.GetStateAsync(BusinessId, [.. bookings.Select(x => x.AppointmentId)], Ct);
        Assert.Equal(12, state.Values.OfType<LedgerEntry.Invoiced>().Count());
        Directory.Delete(folder, recursive: true);
    }
}
