using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

public sealed class BusinessCentralInvoiceTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);

    private static BcDraftInvoice Draft(string customerNumber, string runKey, params (string Item, decimal Qty, decimal Price)[] lines) =>
        new(customerNumber, runKey, InvoiceDate, lines.Select(l => new BcDraftInvoiceLine(l.Item, $"{l.Item} - 2026-03-01", l.Qty, l.Price)).ToList());

    [Fact]
    public async Task CreateSalesInvoice_ThreeLines_OneDeepInsertPostCreatesHeaderAndLines()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        BcSalesInvoice invoice = await server.Client.CreateSalesInvoiceAsync(
            Draft("20000", "run1-20000", ("SVC-HAIRCUT", 1m, 45m), ("SVC-MASSAGE", 1.5m, 70m), ("SVC-CONSULT", 0.5m, 120m)), default);

        Assert.Equal(BcInvoiceStatus.Draft, invoice.Status);
        Assert.Equal("S-INV100001", invoice.Number);
        Assert.Equal(new Money(210m, "USD"), invoice.Total);
        Assert.Equal("run1-20000", invoice.ExternalDocumentNumber);
        Assert.Equal(1, server.Sandbox.RequestCount("POST salesInvoices"));
        Assert.Equal(0, server.Sandbox.RequestCount("POST $batch"));
        Assert.Equal(1, server.Metrics.Get(BusinessCentralCallKind.InvoiceCreate));
        BusinessCentralSandboxInvoice stored = Assert.Single(server.Sandbox.Invoices);
        Assert.Equal(["SVC-HAIRCUT", "SVC-MASSAGE", "SVC-CONSULT"], stored.Lines.Select(l => l.ItemNumber));
        Assert.Equal([10000, 20000, 30000], stored.Lines.Select(l => l.Sequence));
    }

    [Fact]
    public async Task CreateSalesInvoice_MultiLineDeepInsertRejected_FallsBackToHeaderPostAndOneBatch()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(
            new BusinessCentralSandboxOptions { RejectMultiLineDeepInsert = true });

        BcSalesInvoice first = await server.Client.CreateSalesInvoiceAsync(
            Draft("20000", "run2-a", ("SVC-HAIRCUT", 1m, 45m), ("SVC-COLOUR", 2m, 80m), ("SVC-CONSULT", 1m, 120m)), default);

        Assert.Equal(2, server.Sandbox.RequestCount("POST salesInvoices")); // rejected deep insert + header
        Assert.Equal(1, server.Sandbox.RequestCount("POST $batch"));
        Assert.Equal(3, server.Sandbox.RequestCount("batch POST salesInvoiceLines"));
        Assert.Equal(325m, first.TotalAmountIncludingTax);
        Assert.Equal(3, Assert.Single(server.Sandbox.Invoices).Lines.Count);

        // The rejection is remembered: the next multi-line invoice skips the doomed deep insert.
        await server.Client.CreateSalesInvoiceAsync(Draft("10000", "run2-b", ("SVC-HAIRCUT", 1m, 45m), ("SVC-MASSAGE", 1m, 70m)), default);
        Assert.Equal(3, server.Sandbox.RequestCount("POST salesInvoices"));
        Assert.Equal(2, server.Sandbox.RequestCount("POST $batch"));
    }

    [Fact]
    public async Task CreateSalesInvoice_FallbackWith150Lines_ChunksIntoTwoBatchesOfAtMost100()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(
            new BusinessCentralSandboxOptions { RejectMultiLineDeepInsert = true });
        (string, decimal, decimal)[] lines = Enumerable.Range(0, 150).Select(_ => ("SVC-HAIRCUT", 1m, 1m)).ToArray();

        BcSalesInvoice invoice = await server.Client.CreateSalesInvoiceAsync(Draft("20000", "run-150", lines), default);

        Assert.Equal(2, server.Sandbox.RequestCount("POST $batch"));
        Assert.Equal(150, server.Sandbox.RequestCount("batch POST salesInvoiceLines"));
        Assert.Equal(150m, invoice.TotalAmountIncludingTax);
    }

    [Fact]
    public async Task CreateSalesInvoice_FallbackLineFails_ThrowsBcErrorAndLeavesNoInvoice()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(
            new BusinessCentralSandboxOptions { RejectMultiLineDeepInsert = true });

        BusinessCentralException error = await Assert.ThrowsAsync<BusinessCentralException>(() => server.Client.CreateSalesInvoiceAsync(
            Draft("20000", "run3", ("SVC-HAIRCUT", 1m, 45m), ("NO-SUCH-ITEM", 1m, 10m)), default));

        Assert.Equal("Internal_RecordNotFound", error.Code);
        Assert.Equal("The Item does not exist. Identification fields and values: No.='NO-SUCH-ITEM'", error.Message);
        Assert.Empty(server.Sandbox.Invoices);
        Assert.Equal(1, server.Sandbox.RequestCount("DELETE salesInvoices"));
    }

    [Fact]
    public async Task CreateSalesInvoice_BlockedCustomer_ThrowsBusinessCentralExceptionWithBcMessage()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        BusinessCentralException error = await Assert.ThrowsAsync<BusinessCentralException>(() =>
            server.Client.CreateSalesInvoiceAsync(Draft("40000", "run4", ("SVC-HAIRCUT", 1m, 45m)), default));

        Assert.Equal("Application_DialogException", error.Code);
        Assert.Equal("You cannot create this type of document when Customer 40000 is blocked with type All", error.Message);
        Assert.Equal(400, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.NotNull(error.CorrelationId);
        Assert.Equal(1, server.Sandbox.RequestCount("POST salesInvoices")); // a validation error is not retried
    }

    [Fact]
    public async Task CreateSalesInvoice_UnknownItemInDeepInsert_ThrowsRecordNotFoundAndCreatesNothing()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        BusinessCentralException error = await Assert.ThrowsAsync<BusinessCentralException>(() =>
            server.Client.CreateSalesInvoiceAsync(Draft("20000", "run5", ("SVC-HAIRCUT", 1m, 45m), ("GONE", 1m, 1m)), default));

        Assert.Equal("Internal_RecordNotFound", error.Code);
        Assert.Contains("No.='GONE'", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Sandbox.Invoices);
        Assert.Equal(0, server.Sandbox.RequestCount("POST $batch"));
    }

    [Fact]
    public async Task CreateSalesInvoice_ThrottledTwiceWithDecimalRetryAfter_WaitsAndCreatesExactlyOne()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        await server.Client.FindCustomersByEmailAsync("helen.ray@contoso.com", default); // company resolved before the faults
        server.Sandbox.Faults.Throttle(2, "0.25");

        Task<BcSalesInvoice> create = server.Client.CreateSalesInvoiceAsync(Draft("20000", "run6", ("SVC-HAIRCUT", 1m, 45m)), default);
        IReadOnlyList<TimeSpan> waits = await server.Clock.RunThroughWaitsAsync(create, below: BusinessCentralSandboxServer.AttemptTimeout);
        BcSalesInvoice invoice = await create;

        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250)], waits); // two Retry-After: 0.25 waits
        Assert.Equal(2, server.Sandbox.RequestCount("throttled POST salesInvoices"));
        Assert.Equal(1, server.Sandbox.RequestCount("POST salesInvoices"));
        Assert.Equal(3, server.Metrics.Get(BusinessCentralCallKind.InvoiceCreate));
        Assert.Equal(invoice.Id, Assert.Single(server.Sandbox.Invoices).Id);
    }

    [Fact]
    public async Task CreateSalesInvoice_ConnectionDroppedAfterProcessing_ThrowsOutcomeUnknownWithoutRetryAndReconciles()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        await server.Client.FindCustomersByEmailAsync("helen.ray@contoso.com", default);
        server.Sandbox.Faults.DropConnectionAfterNextPosts(1);

        BusinessCentralOutcomeUnknownException unknown = await Assert.ThrowsAsync<BusinessCentralOutcomeUnknownException>(() =>
            server.Client.CreateSalesInvoiceAsync(Draft("20000", "run7-20000", ("SVC-HAIRCUT", 1m, 45m), ("SVC-MASSAGE", 1m, 70m)), default));

        Assert.Equal("run7-20000", unknown.ExternalDocumentNumber);
        Assert.Equal(1, server.Sandbox.RequestCount("POST salesInvoices"));
        IReadOnlyList<BcSalesInvoice> found = await server.Client.FindSalesInvoicesByExternalDocumentNumberAsync("run7-20000", default);
        BcSalesInvoice reconciled = Assert.Single(found);
        Assert.Equal(115m, reconciled.TotalAmountIncludingTax);
        Assert.Equal(1, server.Metrics.Get(BusinessCentralCallKind.ReconcileGet));
    }

    [Fact]
    public async Task CreateSalesInvoice_GatewayTimeout_ThrowsOutcomeUnknownWithoutRetry()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        await server.Client.FindCustomersByEmailAsync("helen.ray@contoso.com", default); // company resolved before the fault
        server.Sandbox.Faults.Throttle(1, "0", status: 504);

        await Assert.ThrowsAsync<BusinessCentralOutcomeUnknownException>(() =>
            server.Client.CreateSalesInvoiceAsync(Draft("20000", "run8", ("SVC-HAIRCUT", 1m, 45m)), default));

        Assert.Equal(1, server.Metrics.Get(BusinessCentralCallKind.InvoiceCreate)); // not retried
    }

    [Fact]
    public async Task FindSalesInvoicesByExternalDocumentNumber_KeyWithQuote_MatchesOnlyThatInvoice()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        await server.Client.CreateSalesInvoiceAsync(Draft("20000", "o'run&1", ("SVC-HAIRCUT", 1m, 45m)), default);
        await server.Client.CreateSalesInvoiceAsync(Draft("20000", "o'run&2", ("SVC-HAIRCUT", 1m, 45m)), default);

        BcSalesInvoice found = Assert.Single(await server.Client.FindSalesInvoicesByExternalDocumentNumberAsync("o'run&2", default));

        Assert.Equal("S-INV100002", found.Number);
    }
}
