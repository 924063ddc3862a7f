using System.Collections.Concurrent;
using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Makes sure the stored list figures of a business were computed with today's billing rules and code
/// (<see cref="BookingListFigures.FingerprintOf"/>): after the upgrade to migration 7, or a change of
/// <c>Invoicing:GroupBilling</c> or <c>Invoicing:UnusualAmountAbove</c>, every stored appointment is computed again, in
/// batches, once; the sync computes new and changed ones as it writes them. Checked once per business and process.
/// </summary>
internal sealed class UninvoicedListFiguresRefresh(IDbConnectionFactory db, BillingRules rules)
{
    private const int Batch = 500;

    private readonly string fingerprint = BookingListFigures.FingerprintOf(rules);
    private readonly ConcurrentDictionary<string, Lazy<Task>> current = new(StringComparer.Ordinal);

    public async Task EnsureAsync(BookingsBusiness business, CancellationToken ct)
    {
        string key = BookingSql.Key(business.Id);
        Lazy<Task> refresh = current.GetOrAdd(key, _ => new Lazy<Task>(() => RefreshAsync(business, CancellationToken.None)));
        try
        {
            await refresh.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            current.TryRemove(KeyValuePair.Create(key, refresh)); // the next list tries again
            throw;
        }
    }

    /// <summary>How many appointments it computed again (0 when the stored figures were current).</summary>
    internal async Task<int> RefreshAsync(BookingsBusiness business, CancellationToken ct)
    {
        string key = BookingSql.Key(business.Id);
        await using (DbConnection reader = await db.OpenAsync(ct))
        {
            if (await StoredFingerprintAsync(reader, key, ct) == fingerprint)
            {
                return 0;
            }
        }
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        int refreshed = 0;
        while (true)
        {
            List<string> stale = await StaleAsync(connection, key, ct);
            if (stale.Count == 0)
            {
                break;
            }
            IReadOnlyList<Booking> bookings = await BookingStore.LoadAsync(connection, null, business.Id, stale, ct);
            await using DbTransaction tx = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
            await UninvoicedListIndex.BumpDataVersionAsync(connection, tx, business.Id, ct);
            UninvoicedListBatch list = await UninvoicedListBatch.ComputeAsync(connection, tx, business.Id, bookings, rules, ct);
            await UninvoicedListIndex.UpdateAppointmentsAsync(connection, tx, business.Id, list, ct);
            await UninvoicedListIndex.WriteAsync(connection, tx, db.Dialect, business.Id, list, bookings, ct);
            await tx.CommitAsync(ct);
            refreshed += bookings.Count;
        }
        await BookingSql.ExecuteAsync(connection, null, """
            INSERT INTO booking_list_state (business_id, rules, data_version, ledger_version) VALUES (@business_id, @rules, 1, 0)
            ON CONFLICT (business_id) DO UPDATE SET rules = excluded.rules
            """, ct, ("business_id", key), ("rules", fingerprint));
        return refreshed;
    }

    private static async Task<string?> StoredFingerprintAsync(DbConnection connection, string key, CancellationToken ct)
    {
        await using DbCommand command = connection.Sql("SELECT rules FROM booking_list_state WHERE business_id = @business_id").With("business_id", key);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private async Task<List<string>> StaleAsync(DbConnection connection, string key, CancellationToken ct)
    {
        await using DbCommand command = connection.Sql($"""
            SELECT appointment_id FROM booking_appointments
            WHERE business_id = @business_id AND (list_rules IS NULL OR list_rules <> @rules)
            LIMIT {Batch}
            """).With("business_id", key).With("rules", fingerprint);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
