using System.Threading.Channels;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>
/// Copies one Bookings business into the local store: appointments in the window around now (calendarView),
/// plus services, customers and staff. Graph's lists may leave customers empty, so a new or changed appointment
/// listed without customers is fetched by id; an unchanged one never is (its stored customers are kept). Graph has
/// no status field: a stored appointment missing from the list before it ended is marked cancelled.
/// Appointments are written in batches as they arrive, so a sync that fails part way keeps what it stored and the
/// next one fetches only what is still new or changed.
/// </summary>
public sealed class SyncBookings(
    IBookingsSource source, IBookingStore bookings, IBookingSyncStore store, TimeProvider time, BookingSyncSettings settings)
{
    public const string InternalError = "The sync stopped on an internal error; the bot's log has the details.";
    public const string Stopped = "The sync was stopped before it finished (the bot was shutting down).";

    public async Task<BookingSyncResult> RunAsync(string businessId, CancellationToken ct)
    {
        DateTimeOffset started = time.GetUtcNow();
        long runId = await store.StartRunAsync(businessId, started, ct);
        var progress = new SyncProgress();
        BookingSyncResult result;
        try
        {
            await SyncAsync(businessId, started, progress, ct);
            result = new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot());
        }
        catch (BookingsSourceException ex)
        {
            result = new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot(), ex.Message, ex.Failure);
        }
        catch (Exception ex)
        {
            // Not a known remote failure: record the run as failed in words a user can take, then let it surface.
            string error = ex is OperationCanceledException && ct.IsCancellationRequested ? Stopped : InternalError;
            await store.FinishRunAsync(runId, new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot(), error), CancellationToken.None);
            throw;
        }
        await store.FinishRunAsync(runId, result, CancellationToken.None);
        return result;
    }

    private async Task SyncAsync(string businessId, DateTimeOffset now, SyncProgress progress, CancellationToken ct)
    {
        (DateTimeOffset from, DateTimeOffset to) = settings.WindowAround(now);
        // calendarView first: its pages go one at a time, so the four small reads share the remaining slots beside it.
        Task<IReadOnlyList<Booking>> listing = source.ListAppointmentsAsync(businessId, from, to, ct);
        Task<BookingsBusiness> business = source.GetBusinessAsync(businessId, ct);
        Task<IReadOnlyList<BookingService>> services = source.ListServicesAsync(businessId, ct);
        Task<IReadOnlyList<BookingsCustomerRecord>> customers = source.ListCustomersAsync(businessId, ct);
        Task<IReadOnlyList<StaffMember>> staff = source.ListStaffMembersAsync(businessId, ct);
        await Task.WhenAll(listing, business, services, customers, staff);

        await store.UpsertBusinessAsync(await business, now, ct);
        await store.UpsertServicesAsync(businessId, await services, now, ct);
        await store.UpsertCustomersAsync(businessId, await customers, now, ct);
        await store.UpsertStaffAsync(businessId, await staff, now, ct);
        progress.ReferenceLists((await services).Count, (await customers).Count, (await staff).Count);

        var listed = new Dictionary<string, Booking>(StringComparer.Ordinal);
        foreach (Booking booking in await listing)
        {
            listed[booking.AppointmentId] = booking;
        }
        progress.Seen(listed.Count);
        Dictionary<string, StoredAppointmentState> stored = await LoadStoredAsync(businessId, from, to, listed.Keys, ct);

        var plan = SyncPlan.Build(businessId, now, from, to, listed.Values, stored);
        await store.SetCancellationAsync(businessId, [.. plan.Cancellations, .. plan.Restorations], now, ct);
        progress.Cancelled(plan.Cancellations.Count);
        progress.Restored(plan.Restorations.Count);
        await store.MarkSeenAsync(businessId, plan.Unchanged, now, ct);
        progress.Unchanged(plan.Unchanged.Count);

        IReadOnlyDictionary<string, Booking> before = plan.ChangedIds.Count == 0
            ? new Dictionary<string, Booking>()
            : (await bookings.GetManyAsync(businessId, plan.ChangedIds, ct)).ToDictionary(b => b.AppointmentId, StringComparer.Ordinal);
        await FetchAndSaveAsync(businessId, now, plan, before, progress, ct);
    }

    private async Task<Dictionary<string, StoredAppointmentState>> LoadStoredAsync(
        string businessId, DateTimeOffset from, DateTimeOffset to, IEnumerable<string> listedIds, CancellationToken ct)
    {
        Dictionary<string, StoredAppointmentState> stored = (await store.GetSyncSnapshotAsync(businessId, from, to, ct))
            .ToDictionary(s => s.AppointmentId, StringComparer.Ordinal);
        // An appointment moved into the window from outside it is stored already: an update, not an addition.
        string[] outside = listedIds.Where(id => !stored.ContainsKey(id)).ToArray();
        if (outside.Length > 0)
        {
            foreach (StoredAppointmentState state in await store.GetSyncStatesAsync(businessId, outside, ct))
            {
                stored[state.AppointmentId] = state;
            }
        }
        return stored;
    }

    private async Task FetchAndSaveAsync(
        string businessId, DateTimeOffset now, SyncPlan plan, IReadOnlyDictionary<string, Booking> before, SyncProgress progress, CancellationToken ct)
    {
        Channel<Booking> complete = Channel.CreateUnbounded<Booking>(new UnboundedChannelOptions { SingleReader = true });
        foreach (Booking booking in plan.Complete)
        {
            complete.Writer.TryWrite(booking);
        }
        using var fetching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // One writer beside the GETs: a transaction never holds a Graph slot idle.
        Task writer = WriteAsync(businessId, now, complete.Reader, before, progress, fetching, ct);
        try
        {
            await Parallel.ForEachAsync(plan.NeedCustomers,
                new ParallelOptions { MaxDegreeOfParallelism = settings.DetailParallelism, CancellationToken = fetching.Token },
                async (listedBooking, token) =>
                {
                    Booking? full = await source.GetAppointmentAsync(businessId, listedBooking.AppointmentId, token);
                    progress.DetailRequest();
                    if (full is not null)
                    {
                        complete.Writer.TryWrite(full);
                    }
                    // Null: deleted between the list and the GET; the next sync no longer lists it.
                });
        }
        finally
        {
            complete.Writer.TryComplete();
            // What was fetched before a failure is still written, so the next sync fetches only the rest.
            await writer;
        }
    }

    private async Task WriteAsync(
        string businessId, DateTimeOffset now, ChannelReader<Booking> reader, IReadOnlyDictionary<string, Booking> before,
        SyncProgress progress, CancellationTokenSource fetching, CancellationToken ct)
    {
        try
        {
            var batch = new List<Booking>(settings.WriteBatchSize);
            await foreach (Booking booking in reader.ReadAllAsync(ct))
            {
                batch.Add(booking);
                if (batch.Count >= settings.WriteBatchSize)
                {
                    await WriteBatchAsync(businessId, now, batch, before, progress, ct);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                await WriteBatchAsync(businessId, now, batch, before, progress, ct);
            }
        }
        catch
        {
            // Fetching more is pointless once nothing can be stored.
            await fetching.CancelAsync();
            throw;
        }
    }

    private async Task WriteBatchAsync(
        string businessId, DateTimeOffset now, List<Booking> batch, IReadOnlyDictionary<string, Booking> before, SyncProgress progress, CancellationToken ct)
    {
        var changes = new List<AppointmentChange>();
        foreach (Booking booking in batch)
        {
            if (before.TryGetValue(booking.AppointmentId, out Booking? old))
            {
                changes.Add(AppointmentDiff.Updated(old, booking, now));
            }
        }
        await store.SaveAppointmentsAsync(businessId, batch, changes, now, ct);
        progress.Updated(changes.Count);
        progress.Added(batch.Count - changes.Count);
    }
}
