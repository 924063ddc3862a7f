using System.Data.Common;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The invoice ledger in SQL, for the invoicing use cases (<see cref="IInvoiceLedger"/>) and the list query
/// (<see cref="IInvoicedBookingsLookup"/>). Exclusivity comes from the primary key (business, appointment,
/// customer key) and one transaction per change, never from a lock in this process: two bot instances on one
/// database cannot both reserve a key.
/// </summary>
internal sealed class InvoiceLedger(IDbConnectionFactory db) : IInvoiceLedger, IInvoicedBookingsLookup
{
    private const string Columns =
        "business_id, appointment_id, customer_key, state, run_key, external_document_number, invoice_id, invoice_number, by_aad_object_id, at_utc, reason";

    // The upsert is the guard: a new key is inserted; an existing key changes only from an allowed state. The
    // second of two racing writers waits on the first's row (PostgreSQL) or on the write lock (SQLite), then
    // finds the row taken and changes nothing.
    private const string UpsertSql = $"""
        INSERT INTO invoice_ledger ({Columns})
        VALUES (@business_id, @appointment_id, @customer_key, @state, @run_key, @document, NULL, NULL, @by, @at, @reason)
        ON CONFLICT (business_id, appointment_id, customer_key) DO UPDATE SET
            state = excluded.state, run_key = excluded.run_key, external_document_number = excluded.external_document_number,
            invoice_id = NULL, invoice_number = NULL, by_aad_object_id = excluded.by_aad_object_id, at_utc = excluded.at_utc,
            reason = excluded.reason
        WHERE invoice_ledger.state IN
        """;

    private const string KeyPredicate = "business_id = @business_id AND appointment_id = @appointment_id AND customer_key = @customer_key";

    // SQLite allows 32,766 parameters per statement; PostgreSQL 65,535. Chunks keep each statement small.
    private const int MaxIdsPerQuery = 500;

    // A conflict whose holder let go before we could read it is retried; more than a few in a row is not plausible.
    private const int MaxChangeAttempts = 5;

    private static readonly string[] FreeStates = [nameof(LedgerEntry.Released)];
    private static readonly string[] ReincludableStates =
        [nameof(LedgerEntry.Released), nameof(LedgerEntry.Excluded), nameof(LedgerEntry.MarkedInvoiced)];

    public Task<LedgerChange> TryReserveAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string runKey, string externalDocumentNumber, string whoAadObjectId,
        DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        ChangeAllAsync(keys, FreeStates, key => new LedgerEntry.Reserved(key, whoAadObjectId, nowUtc, runKey, externalDocumentNumber), cancellationToken);

    public Task<LedgerChange> MarkAsInvoicedAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        ChangeAllAsync(keys, FreeStates, key => new LedgerEntry.MarkedInvoiced(key, whoAadObjectId, nowUtc), cancellationToken);

    public Task<LedgerChange> ExcludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string reason, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        ChangeAllAsync(keys, FreeStates, key => new LedgerEntry.Excluded(key, whoAadObjectId, nowUtc, reason), cancellationToken);

    public Task<LedgerChange> ReincludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        ChangeAllAsync(keys, ReincludableStates, key => new LedgerEntry.Released(key, whoAadObjectId, nowUtc), cancellationToken);

    public async Task<IReadOnlyList<LedgerEntry>> MarkInvoicedAsync(
        string externalDocumentNumber, Guid invoiceId, string invoiceNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await db.OpenWriterAsync(cancellationToken);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, cancellationToken);
        await using (DbCommand update = connection.Sql("""
            UPDATE invoice_ledger SET state = 'Invoiced', invoice_id = @invoice_id, invoice_number = @invoice_number, at_utc = @at
            WHERE external_document_number = @document AND state = 'Reserved'
            """, transaction)
            .With("invoice_id", invoiceId.ToString("D")).With("invoice_number", invoiceNumber).With("at", nowUtc).With("document", externalDocumentNumber))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        List<LedgerEntry> entries = await ReadAsync(connection.Sql(
            $"SELECT {Columns} FROM invoice_ledger WHERE external_document_number = @document AND state = 'Invoiced' AND invoice_id = @invoice_id", transaction)
            .With("document", externalDocumentNumber).With("invoice_id", invoiceId.ToString("D")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entries;
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReleaseAsync(string externalDocumentNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await db.OpenWriterAsync(cancellationToken);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, cancellationToken);
        var businesses = new List<string>();
        await using (DbCommand command = connection.Sql(
            "SELECT DISTINCT business_id FROM invoice_ledger WHERE external_document_number = @document AND state IN ('Reserved', 'Invoiced')", transaction)
            .With("document", externalDocumentNumber))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                businesses.Add(reader.GetString(0));
            }
        }
        await UninvoicedListIndex.BumpLedgerVersionsAsync(connection, transaction, businesses, cancellationToken);
        // The document number stays on the released rows as history; only Reserved/Invoiced rows carry meaning for it.
        List<LedgerEntry> released = await ReadAsync(connection.Sql($"""
            UPDATE invoice_ledger SET state = 'Released', invoice_id = NULL, invoice_number = NULL, at_utc = @at
            WHERE external_document_number = @document AND state IN ('Reserved', 'Invoiced')
            RETURNING {Columns}
            """, transaction).With("at", nowUtc).With("document", externalDocumentNumber), cancellationToken);
        await UninvoicedListIndex.ApplyLedgerAsync(connection, transaction, released, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }

    public async Task<IReadOnlyList<PendingReservation>> ListPendingReservationsAsync(DateTimeOffset olderThanUtc, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await db.OpenAsync(cancellationToken);
        List<LedgerEntry> reserved = await ReadAsync(connection.Sql(
            $"SELECT {Columns} FROM invoice_ledger WHERE state = 'Reserved' AND at_utc < @older_than ORDER BY at_utc")
            .With("older_than", olderThanUtc), cancellationToken);
        return reserved
            .Cast<LedgerEntry.Reserved>()
            .GroupBy(r => r.ExternalDocumentNumber, StringComparer.Ordinal)
            .Select(g => new PendingReservation(g.Key, g.First().RunKey, g.First().By, g.Min(r => r.AtUtc), [.. g.Select(r => r.Key)]))
            .OrderBy(p => p.ReservedUtc)
            .ToList();
    }

    public async Task<IReadOnlyList<LedgerEntry.Invoiced>> GetInvoicedByInvoiceIdAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await db.OpenAsync(cancellationToken);
        List<LedgerEntry> entries = await ReadAsync(connection.Sql(
            $"SELECT {Columns} FROM invoice_ledger WHERE invoice_id = @invoice_id AND state = 'Invoiced'")
            .With("invoice_id", invoiceId.ToString("D")), cancellationToken);
        return [.. entries.Cast<LedgerEntry.Invoiced>()];
    }

    public async Task<IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry>> GetStateAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken cancellationToken)
    {
        var state = new Dictionary<InvoiceLedgerKey, LedgerEntry>();
        if (appointmentIds.Count == 0)
        {
            return state;
        }
        await using DbConnection connection = await db.OpenAsync(cancellationToken);
        foreach (string[] chunk in appointmentIds.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerQuery))
        {
            string names = string.Join(", ", chunk.Select((_, i) => "@a" + i));
            DbCommand command = connection.Sql($"SELECT {Columns} FROM invoice_ledger WHERE business_id = @business_id AND appointment_id IN ({names})")
                .With("business_id", businessId);
            for (int i = 0; i < chunk.Length; i++)
            {
                command.With("a" + i, chunk[i]);
            }
            foreach (LedgerEntry entry in await ReadAsync(command, cancellationToken))
            {
                state[entry.Key] = entry;
            }
        }
        return state;
    }

    /// <summary>
    /// The list query's view: every attendee that must not be billed again (invoiced, being invoiced, marked or
    /// excluded), so the query lists an appointment while any attendee is open.
    /// </summary>
    async Task<LedgerState> IInvoicedBookingsLookup.GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = await GetStateAsync(businessId, appointmentIds, ct);
        return new LedgerState(state.Values.Where(e => e.BlocksInvoicing).Select(e => e.Key).ToHashSet());
    }

    private async Task<LedgerChange> ChangeAllAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string[] allowedStates, Func<InvoiceLedgerKey, LedgerEntry> next, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        // One order for every writer, so two PostgreSQL transactions never wait on each other's rows in a cycle.
        List<LedgerEntry> changed = [.. keys.Distinct()
            .OrderBy(k => k.BusinessId, StringComparer.Ordinal).ThenBy(k => k.AppointmentId, StringComparer.Ordinal).ThenBy(k => k.CustomerKey, StringComparer.Ordinal)
            .Select(next)];
        // The states are our own constants, never user input.
        string upsert = UpsertSql + " (" + string.Join(", ", allowedStates.Select(s => $"'{s}'")) + ")";
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        for (int attempt = 1; ; attempt++)
        {
            if (await TryChangeAllAsync(connection, upsert, changed, ct))
            {
                return new LedgerChange.Applied(changed);
            }
            // Read after the rollback: inside the transaction our own earlier rows of this change would look taken.
            List<LedgerEntry> taken = await TakenAsync(connection, changed.Select(e => e.Key), allowedStates, ct);
            if (taken.Count > 0 || attempt >= MaxChangeAttempts)
            {
                return new LedgerChange.Conflict(taken);
            }
            // The holder freed the key between our attempt and the read: try again.
        }
    }

    private async Task<bool> TryChangeAllAsync(DbConnection connection, string upsert, List<LedgerEntry> changed, CancellationToken ct)
    {
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
        // First, so the sync's and the ledger's writes of a business take their locks in one order.
        await UninvoicedListIndex.BumpLedgerVersionsAsync(connection, transaction, changed.Select(e => e.Key.BusinessId), ct);
        foreach (LedgerEntry entry in changed)
        {
            await using DbCommand command = Bind(connection.Sql(upsert, transaction), entry);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }
        }
        await UninvoicedListIndex.ApplyLedgerAsync(connection, transaction, changed, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static async Task<List<LedgerEntry>> TakenAsync(
        DbConnection connection, IEnumerable<InvoiceLedgerKey> keys, string[] allowedStates, CancellationToken ct)
    {
        var taken = new List<LedgerEntry>();
        foreach (InvoiceLedgerKey key in keys)
        {
            List<LedgerEntry> rows = await ReadAsync(WithKey(connection.Sql($"SELECT {Columns} FROM invoice_ledger WHERE {KeyPredicate}"), key), ct);
            taken.AddRange(rows.Where(r => !allowedStates.Contains(StateOf(r))));
        }
        return taken;
    }

    private static DbCommand Bind(DbCommand command, LedgerEntry entry)
    {
        (string? runKey, string? document, string? reason) = entry switch
        {
            LedgerEntry.Reserved r => (r.RunKey, r.ExternalDocumentNumber, null),
            LedgerEntry.Excluded x => (null, null, x.Reason),
            _ => ((string?)null, (string?)null, (string?)null),
        };
        return WithKey(command, entry.Key)
            .With("state", StateOf(entry)).With("run_key", runKey).With("document", document)
            .With("by", entry.By).With("at", entry.AtUtc).With("reason", reason);
    }

    private static DbCommand WithKey(DbCommand command, InvoiceLedgerKey key) =>
        command.With("business_id", key.BusinessId).With("appointment_id", key.AppointmentId).With("customer_key", key.CustomerKey);

    private static string StateOf(LedgerEntry entry) => entry.GetType().Name;

    private static async Task<List<LedgerEntry>> ReadAsync(DbCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            var entries = new List<LedgerEntry>();
            while (await reader.ReadAsync(ct))
            {
                entries.Add(ReadEntry(reader));
            }
            return entries;
        }
    }

    private static LedgerEntry ReadEntry(DbDataReader reader)
    {
        var key = new InvoiceLedgerKey(reader.GetString(0), reader.GetString(1), reader.GetString(2));
        string by = reader.GetString(8);
        DateTimeOffset at = reader.GetUtc(9);
        return reader.GetString(3) switch
        {
            nameof(LedgerEntry.Reserved) => new LedgerEntry.Reserved(key, by, at, reader.GetString(4), reader.GetString(5)),
            nameof(LedgerEntry.Invoiced) => new LedgerEntry.Invoiced(key, by, at, reader.GetString(4), reader.GetString(5),
                Guid.Parse(reader.GetString(6)), reader.GetString(7)),
            nameof(LedgerEntry.Released) => new LedgerEntry.Released(key, by, at),
            nameof(LedgerEntry.MarkedInvoiced) => new LedgerEntry.MarkedInvoiced(key, by, at),
            nameof(LedgerEntry.Excluded) => new LedgerEntry.Excluded(key, by, at, reader.GetStringOrNull(10) ?? ""),
            string other => throw new InvalidOperationException($"Unknown invoice ledger state '{other}'."),
        };
    }
}
