using System.Collections.Concurrent;
using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Turns a typed filter into the stored values it matches (<see cref="UninvoicedListFilter"/>), by the list's own rules
/// (<see cref="BookingFilterMatcher"/>) applied to each distinct value of <c>booking_list_terms</c>. The values of a
/// business are read once per data version: the sync writes them in the transaction that bumps it.
/// </summary>
internal sealed class UninvoicedListTermsSource
{
    private readonly ConcurrentDictionary<string, (long Version, UninvoicedListTerms Terms)> cached = new(StringComparer.Ordinal);

    public async Task<UninvoicedListFilter> FilterAsync(
        DbConnection connection, DbTransaction transaction, string businessKey, long dataVersion, BookingFilter filter, BookingsDirectory directory,
        CancellationToken ct)
    {
        if (!filter.HasCustomer && !filter.HasService && !filter.HasStaff)
        {
            return UninvoicedListFilter.None;
        }
        UninvoicedListTerms terms = await TermsAsync(connection, transaction, businessKey, dataVersion, ct);
        return new UninvoicedListFilter(
            filter.HasCustomer && !filter.CustomerIsEmail ? terms.Matching(UninvoicedListTerms.CustomerName, name => BookingFilterMatcher.NameMatches(name, filter)) : null,
            filter.HasCustomer && filter.CustomerIsEmail ? terms.Matching(UninvoicedListTerms.CustomerEmail, email => BookingFilterMatcher.EmailMatches(email, filter)) : null,
            filter.HasService ? terms.Matching(UninvoicedListTerms.ServiceName, name => BookingFilterMatcher.ServiceNameMatches(name, filter.Service!)) : null,
            filter.HasService ? terms.Matching(UninvoicedListTerms.ServiceId, id => BookingFilterMatcher.ServiceIdMatches(id, filter.Service!)) : null,
            filter.HasStaff ? terms.Matching(UninvoicedListTerms.StaffId, id => BookingFilterMatcher.StaffMatches(id, filter.Staff!, directory)) : null);
    }

    private async Task<UninvoicedListTerms> TermsAsync(DbConnection connection, DbTransaction transaction, string businessKey, long version, CancellationToken ct)
    {
        if (cached.TryGetValue(businessKey, out (long Version, UninvoicedListTerms Terms) hit) && hit.Version == version)
        {
            return hit.Terms;
        }
        await using DbCommand command = connection.Sql("SELECT kind, term FROM booking_list_terms WHERE business_id = @business_id", transaction)
            .With("business_id", businessKey);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        var terms = new UninvoicedListTerms(rows);
        cached[businessKey] = (version, terms);
        return terms;
    }
}
