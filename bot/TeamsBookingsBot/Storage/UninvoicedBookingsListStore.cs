using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The uninvoiced list in SQL: the page is an index range in list order from its position (keyset), the figures an
/// aggregate of per-appointment sums (reused while the data versions and completions stand), and only the page's
/// bookings and ledger entries are loaded, all in one snapshot. The page's rows are then made by
/// <see cref="UninvoicedBookingsQuery.Page"/>, the code the in-memory list uses, so rows, warnings and amounts are the
/// same by construction; what SQL decides (which bookings, their order, the sums) is compared with the in-memory
/// list on random data by the tests.
/// </summary>
internal sealed class UninvoicedBookingsListStore(
    IDbConnectionFactory db,
    IBookingStore bookings,
    CompletionPolicy completion,
    BillingRules billing,
    UninvoicedListFiguresRefresh refresh,
    UninvoicedListFiguresCache figuresCache,
    UninvoicedListTermsSource terms,
    IBusinessSettingsStore? settings = null) : IUninvoicedBookingsList
{
    public async Task<UninvoicedBookingsResult> PageAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria.PageSize, 1);
        CompletionPolicy completion = await CompletionOfAsync(business, ct);
        await refresh.EnsureAsync(business, ct);
        BookingsDirectory directory = await DirectoryAsync(business, criteria.Filter, ct);
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbTransaction snapshot = await db.Dialect.BeginSnapshotTransactionAsync(connection, ct);
        (UninvoicedListSql sql, (long Data, long Ledger) versions) = await SqlAsync(connection, snapshot, business, criteria, directory, completion, nowUtc, ct);
        UninvoicedBookingsFigures figures = await FiguresAsync(connection, snapshot, business, criteria, versions, sql, completion, nowUtc, ct);
        var paging = new UninvoicedListPaging(connection, snapshot, sql);
        (int rowsBefore, bool hasPrevious, IReadOnlyList<string> ids) = await paging.PageAsync(criteria, figures.Count, ct);
        IReadOnlyList<Booking> page = await BookingStore.LoadAsync(connection, snapshot, business.Id, ids, ct);
        LedgerState ledger = await BlockedAsync(connection, snapshot, business.Id, ids, ct);
        await snapshot.CommitAsync(ct);
        return new UninvoicedBookingsQuery(completion, billing).Page(page, ledger, directory, criteria, nowUtc, figures, rowsBefore, hasPrevious);
    }

    public async Task<IReadOnlyList<string>> AppointmentIdsAsync(
        BookingsBusiness business, UninvoicedBookingsCriteria criteria, DateTimeOffset nowUtc, CancellationToken ct)
    {
        CompletionPolicy completion = await CompletionOfAsync(business, ct);
        await refresh.EnsureAsync(business, ct);
        BookingsDirectory directory = await DirectoryAsync(business, criteria.Filter, ct);
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbTransaction snapshot = await db.Dialect.BeginSnapshotTransactionAsync(connection, ct);
        UninvoicedListSql sql = (await SqlAsync(connection, snapshot, business, criteria, directory, completion, nowUtc, ct)).Sql;
        IReadOnlyList<string> ids = await new UninvoicedListPaging(connection, snapshot, sql).AllAsync(ct);
        await snapshot.CommitAsync(ct);
        return ids;
    }

    /// <summary>The business's own completion rule from its stored settings; the configured rule for a business without any.</summary>
    private async Task<CompletionPolicy> CompletionOfAsync(BookingsBusiness business, CancellationToken ct)
    {
        if (settings is null)
        {
            return completion;
        }
        string key = BookingSql.Key(business.Id);
        return (await settings.ListAllAsync(ct)).FirstOrDefault(s => BookingSql.Key(s.BusinessId) == key)?.Completion ?? completion;
    }

    private async Task<BookingsDirectory> DirectoryAsync(BookingsBusiness business, BookingFilter filter, CancellationToken ct) =>
        new([business], filter.HasStaff ? await bookings.GetStaffNamesAsync(business.Id, ct) : null);

    private async Task<(UninvoicedListSql Sql, (long Data, long Ledger) Versions)> SqlAsync(
        DbConnection connection, DbTransaction snapshot, BookingsBusiness business, UninvoicedBookingsCriteria criteria, BookingsDirectory directory,
        CompletionPolicy completion, DateTimeOffset now, CancellationToken ct)
    {
        string key = BookingSql.Key(business.Id);
        (long Data, long Ledger) versions = await VersionsAsync(connection, snapshot, key, ct);
        UninvoicedListFilter filter = await terms.FilterAsync(connection, snapshot, key, versions.Data, criteria.Filter, directory, ct);
        return (new UninvoicedListSql(db.Dialect, key, criteria, completion, now, filter), versions);
    }

    private Task<UninvoicedBookingsFigures> FiguresAsync(
        DbConnection connection, DbTransaction snapshot, BookingsBusiness business, UninvoicedBookingsCriteria criteria, (long Data, long Ledger) versions,
        UninvoicedListSql sql, CompletionPolicy completion, DateTimeOffset now, CancellationToken ct)
    {
        var key = new UninvoicedListFiguresCache.Key(BookingSql.Key(business.Id), versions.Data, versions.Ledger, criteria.Range?.FromUtc,
            criteria.Range?.ToUtc, criteria.IncludeFree, criteria.IncludeCancelled, sql.Filter.Signature, (completion.Rule, completion.Grace));
        return figuresCache.GetAsync(key, now, async () =>
        {
            (UninvoicedBookingsFigures figures, DateTimeOffset? next) = await UninvoicedListFiguresQuery.RunAsync(
                connection, snapshot, sql, criteria.IncludeFree, business.CurrencyCode, ct);
            return new UninvoicedListFiguresCache.Entry(figures, now, next is { } at ? CompletesAt(completion, at) : null);
        }, ct);
    }

    // A booking is completed from end + grace on (EndedAfterGrace), or from just after its start (StartedBeforeNow).
    private static DateTimeOffset CompletesAt(CompletionPolicy completion, DateTimeOffset value) =>
        completion.Rule == CompletionRule.StartedBeforeNow ? value.AddTicks(1) : value + completion.Grace;

    private static async Task<(long Data, long Ledger)> VersionsAsync(DbConnection connection, DbTransaction snapshot, string key, CancellationToken ct)
    {
        await using DbCommand command = connection.Sql("SELECT data_version, ledger_version FROM booking_list_state WHERE business_id = @business_id", snapshot)
            .With("business_id", key);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetInt64(1)) : (0, 0);
    }

    // The ledger itself, not the open flags kept beside the bookings: the rows say what the ledger says. The sync reads
    // it the same way to compute those flags (UninvoicedListBatch).
    internal static async Task<LedgerState> BlockedAsync(
        DbConnection connection, DbTransaction snapshot, string businessId, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var blocked = new HashSet<InvoiceLedgerKey>();
        foreach (string[] chunk in ids.Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("", snapshot).With("business_id", businessId);
            command.CommandText = $"""
                SELECT appointment_id, customer_key FROM invoice_ledger
                WHERE business_id = @business_id AND state <> 'Released' AND appointment_id IN {BookingSql.InList(command, chunk)}
                """;
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                StorageWorkCount.Row();
                blocked.Add(new InvoiceLedgerKey(businessId, reader.GetString(0), reader.GetString(1)));
            }
        }
        return new LedgerState(blocked);
    }
}
