using System.Globalization;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage;
using static TeamsBookingsBot.UninvoicedList.RandomListData;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// The uninvoiced list in SQL against its specification, the in-memory <see cref="UninvoicedBookingsQuery"/> over the
/// same stored bookings and ledger, on random data sets (seeded, so a failure names the seed that reproduces it): every
/// page forwards and backwards, and page numbers, must hold the same rows, warnings, amounts and figures.
/// </summary>
public abstract class UninvoicedListStoreTests(StorageDatabase database)
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    private readonly IDbConnectionFactory db = database.Get<IDbConnectionFactory>();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task PageAsync_RandomDataSet_ListsWhatTheInMemoryQueryLists(int seed)
    {
        var data = new RandomListData(seed, $"Salon{seed}-{Guid.NewGuid():N}@Contoso.com");
        await StoreAsync(data);
        var reads = new BookingStore(db);
        IUninvoicedBookingsList sql = SqlUninvoicedList.Create(db, data.Completion, data.Billing);
        var oracle = new InMemoryUninvoicedBookingsList(reads, new InvoiceLedger(db), data.Completion, data.Billing);

        for (int round = 0; round < 4; round++)
        {
            UninvoicedBookingsCriteria criteria = data.NextCriteria();
            string context = $"seed {seed}, round {round}, {criteria}, {data.Completion.Rule}/{data.Completion.Grace}, {data.Billing}";
            UninvoicedBookingsResult expected = await oracle.PageAsync(data.Business, criteria, data.Now, default);
            UninvoicedBookingsResult page = await sql.PageAsync(data.Business, criteria, data.Now, default);
            AssertSame(expected, page, context);
            int pages = 1;
            while (page.NextPage is { } next)
            {
                UninvoicedBookingsCriteria at = criteria with { Position = next };
                page = await sql.PageAsync(data.Business, at, data.Now, default);
                AssertSame(await oracle.PageAsync(data.Business, at, data.Now, default), page, $"{context}, forward from {next}");
                // The row number the position carries numbers the page exactly while the list stays as it is.
                Assert.Equal((pages, pages * criteria.PageSize), (page.PageIndex, page.RowsBefore));
                pages++;
            }
            while (page is { HasPreviousPage: true, FirstRow: { } first })
            {
                UninvoicedBookingsCriteria at = criteria with { Position = first with { Before = true } };
                page = await sql.PageAsync(data.Business, at, data.Now, default);
                AssertSame(await oracle.PageAsync(data.Business, at, data.Now, default), page, $"{context}, back from {first}");
            }
            UninvoicedBookingsCriteria numbered = criteria with { PageIndex = data.NextPageIndex(pages) };
            AssertSame(await oracle.PageAsync(data.Business, numbered, data.Now, default),
                await sql.PageAsync(data.Business, numbered, data.Now, default), $"{context}, page index {numbered.PageIndex}");
            Assert.Equal(await oracle.AppointmentIdsAsync(data.Business, criteria, data.Now, default),
                await sql.AppointmentIdsAsync(data.Business, criteria, data.Now, default));
        }
    }

    [Fact]
    public async Task PageAsync_BusinessWithItsOwnCompletionRule_ListsByThatRuleNotTheConfiguredOne()
    {
        var data = new RandomListData(7, $"Salon-rule-{Guid.NewGuid():N}@Contoso.com");
        await StoreAsync(data);
        // A grace longer than the data set's past: by this rule no booking is done yet.
        var own = new CompletionPolicy(CompletionRule.EndedAfterGrace, TimeSpan.FromDays(400));
        var settings = new Testing.Fakes.InMemoryBusinessSettingsStore(new Application.Setup.BusinessSettings
        {
            TenantId = "tenant-1", BusinessId = data.BusinessId, CompletionRule = own.Rule, CompletionGrace = own.Grace,
        });
        var sql = new UninvoicedBookingsListStore(db, new BookingStore(db), data.Completion, data.Billing, new UninvoicedListFiguresRefresh(db, data.Billing),
            new UninvoicedListFiguresCache(), new UninvoicedListTermsSource(), settings);
        var byOwnRule = new InMemoryUninvoicedBookingsList(new BookingStore(db), new InvoiceLedger(db), own, data.Billing);
        var byConfigured = new InMemoryUninvoicedBookingsList(new BookingStore(db), new InvoiceLedger(db), data.Completion, data.Billing);
        UninvoicedBookingsCriteria criteria = new() { PageSize = 50 };

        UninvoicedBookingsResult page = await sql.PageAsync(data.Business, criteria, data.Now, default);

        AssertSame(await byOwnRule.PageAsync(data.Business, criteria, data.Now, default), page, "the business's own rule");
        Assert.NotEqual((await byConfigured.PageAsync(data.Business, criteria, data.Now, default)).Count, page.Count);
    }

    /// <summary>Writes the data set as the sync and the ledger would: bookings, staff, cancellations, then ledger entries.</summary>
    private async Task StoreAsync(RandomListData data)
    {
        var writes = new BookingSyncStore(db, data.Billing);
        var ledger = new InvoiceLedger(db);
        await writes.UpsertStaffAsync(data.BusinessId, Staff, data.Now, default);
        await writes.SaveAppointmentsAsync(data.BusinessId, data.Bookings, [], data.Now, default);
        string[] cancelled = [.. data.Bookings.Where(_ => data.Chance(15)).Select(b => b.AppointmentId)];
        IReadOnlyList<StoredAppointmentState> states = await writes.GetSyncStatesAsync(data.BusinessId, cancelled, default);
        await writes.SetCancellationAsync(data.BusinessId, [.. states.Select(s => AppointmentDiff.Cancelled(data.BusinessId, s, data.Now))], data.Now, default);
        int document = 0;
        foreach (InvoiceLedgerKey key in data.Bookings.SelectMany(InvoiceLedgerKey.AllFor))
        {
            InvoiceLedgerKey[] keys = [key];
            switch (data.ActFor(key))
            {
                case LedgerAct.MarkInvoiced:
                    await ledger.MarkAsInvoicedAsync(keys, "who", data.Now, default);
                    break;
                case LedgerAct.Exclude:
                    await ledger.ExcludeAsync(keys, "no-show", "who", data.Now, default);
                    break;
                case LedgerAct.Reserve:
                    await ledger.TryReserveAsync(keys, "run", $"DOC-{++document}", "who", data.Now, default);
                    break;
                case LedgerAct.ExcludeThenReinclude:
                    await ledger.ExcludeAsync(keys, "no-show", "who", data.Now, default);
                    await ledger.ReincludeAsync(keys, "who", data.Now, default);
                    break;
            }
        }
    }

    internal static void AssertSame(UninvoicedBookingsResult expected, UninvoicedBookingsResult actual, string context)
    {
        Assert.True(Describe(expected) == Describe(actual), $"{context}{Environment.NewLine}expected:{Environment.NewLine}{Describe(expected)}"
            + $"{Environment.NewLine}actual:{Environment.NewLine}{Describe(actual)}");
    }

    private static string Describe(UninvoicedBookingsResult result)
    {
        UninvoicedBookingsFigures f = result.Figures;
        string figures = string.Create(CultureInfo.InvariantCulture,
            $"count {f.Count}, totals [{string.Join(", ", f.Totals)}], price needed {f.PriceNeededCount}, attention {f.NeedsAttentionCount}, "
            + $"hidden free {f.HiddenFreeCount}, completed {f.CompletedCount}, not completed {f.NotCompletedCount}; page {result.PageIndex} of "
            + $"{result.TotalPages} after {result.RowsBefore} rows, size {result.PageSize}, next {result.NextPage}");
        IEnumerable<string> rows = result.Rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"  {r.Booking.AppointmentId} {r.Booking.StartUtc:O} {r.Warnings} amount {r.Amount} line {r.LineAmount} open [{string.Join(",", r.UninvoicedKeys.Select(k => k.CustomerKey))}]"));
        return string.Join(Environment.NewLine, rows.Prepend(figures));
    }
}
