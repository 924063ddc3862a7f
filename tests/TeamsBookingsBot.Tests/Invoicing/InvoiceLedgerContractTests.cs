using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// What every <see cref="IInvoiceLedger"/> must do. The SQL ledger can reuse these by subclassing
/// with its own <see cref="CreateLedger"/>.
/// </summary>
public abstract class InvoiceLedgerContractTests
{
    private const string Business = "salon@contoso.com";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly InvoiceLedgerKey A1 = new(Business, "appt-1", "cust-ann");
    private static readonly InvoiceLedgerKey A2 = new(Business, "appt-2", "cust-ann");
    private static readonly InvoiceLedgerKey B1 = new(Business, "appt-1", "cust-bob");

    protected abstract IInvoiceLedger CreateLedger();

    /// <summary>Contests in the concurrency test; a ledger whose every write queues on one file lock may run fewer.</summary>
    protected virtual int ConcurrentRounds => 100;

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task TryReserve_TwentyConcurrentRunsSameKeys_ExactlyOneWins()
    {
        IInvoiceLedger ledger = CreateLedger();
        const int Runs = 20;
        int rounds = ConcurrentRounds; // one contest rarely hits a check-then-set race on two cores; many do
        using var start = new Barrier(Runs);
        var results = new LedgerChange[rounds, Runs];

        // Own threads, released together each round: a Barrier on pool threads would wait for the pool to grow.
        await Task.WhenAll(Enumerable.Range(0, Runs).Select(run => Task.Factory.StartNew(() =>
        {
            for (int round = 0; round < rounds; round++)
            {
                start.SignalAndWait(Ct);
                results[round, run] = ledger.TryReserveAsync(
                    RoundKeys(round), $"run-{run}", $"TBB-{round}-{run}", "user-1", Now, Ct).GetAwaiter().GetResult();
            }
        }, Ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        for (int round = 0; round < rounds; round++)
        {
            LedgerChange[] contest = [.. Enumerable.Range(0, Runs).Select(run => results[round, run])];
            var winner = Assert.Single(contest.OfType<LedgerChange.Applied>());
            Assert.Equal(Runs - 1, contest.OfType<LedgerChange.Conflict>().Count());
            string winningNumber = ((LedgerEntry.Reserved)winner.Entries[0]).ExternalDocumentNumber;
            IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await ledger.GetStateAsync(Business, [$"appt-r{round}"], Ct);
            Assert.Equal(3, state.Count);
            Assert.All(state.Values, e => Assert.Equal(winningNumber, Assert.IsType<LedgerEntry.Reserved>(e).ExternalDocumentNumber));
        }
    }

    private static InvoiceLedgerKey[] RoundKeys(int round) =>
    [
        new(Business, $"appt-r{round}", "cust-ann"),
        new(Business, $"appt-r{round}", "cust-bob"),
        new(Business, $"appt-r{round}", "cust-cat"),
    ];

    [Fact]
    public async Task TryReserve_OneKeyTaken_NothingReservedAndConflictSaysByWhom()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct);

        LedgerChange second = await ledger.TryReserveAsync([A1, A2], "run-2", "TBB-2", "user-2", Now, Ct);

        LedgerEntry taken = Assert.Single(Assert.IsType<LedgerChange.Conflict>(second).Taken);
        Assert.Equal(A1, taken.Key);
        Assert.Equal("user-1", taken.By);
        Assert.Equal("TBB-1", Assert.IsType<LedgerEntry.Reserved>(taken).ExternalDocumentNumber);
        Assert.False((await ledger.GetStateAsync(Business, ["appt-2"], Ct)).ContainsKey(A2));
    }

    [Fact]
    public async Task TryReserve_LaterKeyTaken_ConflictNamesOnlyTheOtherRunsKey()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A2], "run-1", "TBB-1", "user-1", Now, Ct);

        LedgerChange second = await ledger.TryReserveAsync([A1, A2], "run-2", "TBB-2", "user-2", Now, Ct);

        LedgerEntry taken = Assert.Single(Assert.IsType<LedgerChange.Conflict>(second).Taken);
        Assert.Equal((A2, "TBB-1"), (taken.Key, Assert.IsType<LedgerEntry.Reserved>(taken).ExternalDocumentNumber));
        Assert.False((await ledger.GetStateAsync(Business, ["appt-1"], Ct)).ContainsKey(A1));
    }

    [Fact]
    public async Task TryReserve_SameExternalDocumentNumberAgain_ConflictSoTheCallerReconciles()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct);

        Assert.IsType<LedgerChange.Conflict>(await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct));
    }

    [Fact]
    public async Task MarkInvoiced_AfterReserve_KeysInvoicedAndRepeatIsIdempotent()
    {
        IInvoiceLedger ledger = CreateLedger();
        var invoiceId = Guid.NewGuid();
        await ledger.TryReserveAsync([A1, A2], "run-1", "TBB-1", "user-1", Now, Ct);

        IReadOnlyList<LedgerEntry> marked = await ledger.MarkInvoicedAsync("TBB-1", invoiceId, "S-INV1", Now.AddSeconds(2), Ct);
        IReadOnlyList<LedgerEntry> again = await ledger.MarkInvoicedAsync("TBB-1", invoiceId, "S-INV1", Now.AddSeconds(3), Ct);

        Assert.Equal(2, marked.Count);
        Assert.All(marked, e => Assert.Equal("S-INV1", Assert.IsType<LedgerEntry.Invoiced>(e).InvoiceNumber));
        Assert.Equal(marked.ToHashSet(), again.ToHashSet());
        Assert.IsType<LedgerChange.Conflict>(await ledger.TryReserveAsync([A1], "run-2", "TBB-2", "user-1", Now, Ct));
    }

    [Fact]
    public async Task GetInvoicedByInvoiceId_AfterMarkInvoiced_TheInvoicesKeysOnly()
    {
        IInvoiceLedger ledger = CreateLedger();
        var invoiceId = Guid.NewGuid();
        await ledger.TryReserveAsync([A1, B1], "run-1", "TBB-1", "user-1", Now, Ct);
        await ledger.TryReserveAsync([A2], "run-1", "TBB-2", "user-1", Now, Ct);
        await ledger.MarkInvoicedAsync("TBB-1", invoiceId, "S-INV1", Now, Ct);
        await ledger.MarkInvoicedAsync("TBB-2", Guid.NewGuid(), "S-INV2", Now, Ct);

        IReadOnlyList<LedgerEntry.Invoiced> entries = await ledger.GetInvoicedByInvoiceIdAsync(invoiceId, Ct);

        Assert.Equal(new HashSet<InvoiceLedgerKey> { A1, B1 }, entries.Select(e => e.Key).ToHashSet());
        Assert.All(entries, e => Assert.Equal("S-INV1", e.InvoiceNumber));
        await ledger.ReleaseAsync("TBB-1", Now, Ct);
        Assert.Empty(await ledger.GetInvoicedByInvoiceIdAsync(invoiceId, Ct));
    }

    [Fact]
    public async Task MarkInvoiced_UnknownNumber_Empty()
    {
        Assert.Empty(await CreateLedger().MarkInvoicedAsync("TBB-NONE", Guid.NewGuid(), "S-INV1", Now, Ct));
    }

    [Fact]
    public async Task Release_AfterReserve_KeysCanBeReservedAgain()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct);

        IReadOnlyList<LedgerEntry> released = await ledger.ReleaseAsync("TBB-1", Now, Ct);

        Assert.IsType<LedgerEntry.Released>(Assert.Single(released));
        Assert.IsType<LedgerChange.Applied>(await ledger.TryReserveAsync([A1], "run-2", "TBB-2", "user-1", Now, Ct));
    }

    [Fact]
    public async Task ListPendingReservations_OnlyUnansweredOlderOnesGroupedByNumber()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1, B1], "run-1", "TBB-OLD", "user-1", Now.AddMinutes(-30), Ct);
        await ledger.TryReserveAsync([A2], "run-2", "TBB-NEW", "user-1", Now, Ct);
        var invoicedKey = new InvoiceLedgerKey(Business, "appt-3", "cust-ann");
        await ledger.TryReserveAsync([invoicedKey], "run-3", "TBB-DONE", "user-1", Now.AddMinutes(-30), Ct);
        await ledger.MarkInvoicedAsync("TBB-DONE", Guid.NewGuid(), "S-INV9", Now, Ct);

        IReadOnlyList<PendingReservation> pending = await ledger.ListPendingReservationsAsync(Now.AddMinutes(-10), Ct);

        PendingReservation only = Assert.Single(pending);
        Assert.Equal("TBB-OLD", only.ExternalDocumentNumber);
        Assert.Equal("run-1", only.RunKey);
        Assert.Equal(new HashSet<InvoiceLedgerKey> { A1, B1 }, only.Keys.ToHashSet());
    }

    [Fact]
    public async Task ExcludeThenReinclude_BlocksThenFreesTheKey()
    {
        IInvoiceLedger ledger = CreateLedger();

        var excluded = Assert.IsType<LedgerChange.Applied>(await ledger.ExcludeAsync([A1], "no-show, forgiven", "user-1", Now, Ct));
        Assert.Equal("no-show, forgiven", Assert.IsType<LedgerEntry.Excluded>(Assert.Single(excluded.Entries)).Reason);
        Assert.IsType<LedgerChange.Conflict>(await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct));

        Assert.IsType<LedgerChange.Applied>(await ledger.ReincludeAsync([A1], "user-2", Now, Ct));
        Assert.IsType<LedgerChange.Applied>(await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct));
    }

    [Fact]
    public async Task MarkAsInvoiced_FreeKey_BlocksInvoicingWithoutAnInvoice()
    {
        IInvoiceLedger ledger = CreateLedger();

        Assert.IsType<LedgerChange.Applied>(await ledger.MarkAsInvoicedAsync([A1], "user-1", Now, Ct));

        Assert.IsType<LedgerEntry.MarkedInvoiced>((await ledger.GetStateAsync(Business, ["appt-1"], Ct))[A1]);
        Assert.IsType<LedgerChange.Conflict>(await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct));
    }

    [Fact]
    public async Task MarkAsInvoicedOrExcludeOrReinclude_ReservedKey_ConflictAndUnchanged()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1], "run-1", "TBB-1", "user-1", Now, Ct);

        Assert.IsType<LedgerChange.Conflict>(await ledger.MarkAsInvoicedAsync([A1, A2], "user-2", Now, Ct));
        Assert.IsType<LedgerChange.Conflict>(await ledger.ExcludeAsync([A1], "why", "user-2", Now, Ct));
        Assert.IsType<LedgerChange.Conflict>(await ledger.ReincludeAsync([A1], "user-2", Now, Ct));

        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await ledger.GetStateAsync(Business, ["appt-1", "appt-2"], Ct);
        Assert.IsType<LedgerEntry.Reserved>(Assert.Single(state).Value);
    }

    [Fact]
    public async Task GetState_OnlyTheBusinessAndAppointmentsAsked()
    {
        IInvoiceLedger ledger = CreateLedger();
        await ledger.TryReserveAsync([A1, A2, new InvoiceLedgerKey("clinic@contoso.com", "appt-1", "cust-ann")], "run-1", "TBB-1", "user-1", Now, Ct);

        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await ledger.GetStateAsync(Business, ["appt-1"], Ct);

        Assert.Equal([A1], state.Keys);
    }
}
