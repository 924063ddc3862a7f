using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The list's predicates as SQL over <c>booking_appointments</c> (alias <c>a</c>), written once for both engines:
/// "in the period" (business, range, cancelled, filters), "completed" (the configured rule at now) and "listed" (an
/// attendee is open; free and cancelled ones only when asked). The listed predicate repeats the partial indexes'
/// conditions word for word, so SQLite and PostgreSQL walk <c>ix_booking_appointments_listed</c> (or <c>_open</c>) in
/// list order and a page reads about a page of index entries.
/// </summary>
internal sealed class UninvoicedListSql
{
    private readonly List<(string Name, object? Value)> parameters = [];
    private readonly List<string> outsideRange = [];
    private readonly DateRange? range;
    private readonly DateTimeOffset? startedBefore;

    public UninvoicedListSql(
        SqlDialect dialect, string businessKey, UninvoicedBookingsCriteria criteria, CompletionPolicy completion, DateTimeOffset now,
        UninvoicedListFilter filter)
    {
        Dialect = dialect;
        Filter = filter;
        Parameter("business_id", businessKey);
        range = criteria.Range;
        outsideRange.Add("a.business_id = @business_id");
        if (!criteria.IncludeCancelled)
        {
            outsideRange.Add("a.cancelled_utc IS NULL");
        }
        outsideRange.AddRange(FilterPredicates(filter));
        InPeriod = range is null
            ? string.Join(" AND ", outsideRange)
            : $"{string.Join(" AND ", outsideRange)} AND a.start_utc >= @{Parameter("from", range.FromUtc)} AND a.start_utc < @{Parameter("to", range.ToUtc)}";
        startedBefore = completion.Rule == CompletionRule.StartedBeforeNow ? now : null;
        (Completed, CompletionColumn) = completion.Rule == CompletionRule.StartedBeforeNow
            ? ($"a.start_utc < @{Parameter("now", now)}", "a.start_utc")
            : ($"a.end_utc <= @{Parameter("cutoff", now - completion.Grace)}", "a.end_utc");
        Listed = (criteria.IncludeFree, criteria.IncludeCancelled) switch
        {
            (false, false) => "a.list_open > 0 AND a.list_free = 0 AND a.cancelled_utc IS NULL",
            (true, false) => "a.list_open > 0 AND a.cancelled_utc IS NULL",
            (false, true) => "a.list_open > 0 AND (a.cancelled_utc IS NOT NULL OR a.list_free = 0)",
            (true, true) => "a.list_open > 0",
        };
    }

    public SqlDialect Dialect { get; }

    public UninvoicedListFilter Filter { get; }

    /// <summary>The booking is of the business and period and matches the filters.</summary>
    public string InPeriod { get; }

    /// <summary>The booking is completed at now.</summary>
    public string Completed { get; }

    /// <summary>The column whose value (plus grace, or a tick) is when a booking of the period becomes completed.</summary>
    public string CompletionColumn { get; }

    /// <summary>The booking is on the list if completed: some attendee is open, and it is not a free or cancelled one left off.</summary>
    public string Listed { get; }

    /// <summary>The list's order, and its reverse.</summary>
    public string Order(bool descending = false) => descending
        ? $"a.start_utc DESC, a.appointment_id{Dialect.Ordinal} DESC"
        : $"a.start_utc, a.appointment_id{Dialect.Ordinal}";

    /// <summary>
    /// The listed rows at or after <paramref name="at"/> in list order, or with <paramref name="before"/> the rows before
    /// it. The start time gets one bound each way, the tighter of the period's, the completion rule's and the
    /// position's: given two on one column, SQLite may walk the index from the period's start instead of from the
    /// position, reading every row before it.
    /// </summary>
    public string ListedFrom(ListPosition at, bool before)
    {
        var where = new List<string>(outsideRange);
        (DateTimeOffset At, bool Inclusive)? lower = range is null ? null : (range.FromUtc, true);
        (DateTimeOffset At, bool Inclusive)? upper = range is null ? null : (range.ToUtc, false);
        if (startedBefore is { } now && (upper is null || now < upper.Value.At))
        {
            upper = (now, false);
        }
        string start = Parameter("position_start", at.StartUtc);
        string id = Parameter("position_id", at.AppointmentId);
        // A position outside the period needs no bound of its own: the period's rows are all on one side of it.
        if (!before && (lower is null || at.StartUtc >= lower.Value.At))
        {
            lower = (at.StartUtc, true);
            where.Add($"(a.start_utc > @{start} OR a.appointment_id{Dialect.Ordinal} >= @{id})");
        }
        else if (before && (upper is null || at.StartUtc < upper.Value.At))
        {
            upper = (at.StartUtc, true);
            where.Add($"(a.start_utc < @{start} OR a.appointment_id{Dialect.Ordinal} < @{id})");
        }
        if (lower is { } from)
        {
            where.Add($"a.start_utc >{(from.Inclusive ? "=" : "")} @{Parameter("page_from", from.At)}");
        }
        if (upper is { } to)
        {
            where.Add($"a.start_utc <{(to.Inclusive ? "=" : "")} @{Parameter("page_to", to.At)}");
        }
        if (startedBefore is null)
        {
            where.Add(Completed);
        }
        where.Add(Listed);
        return string.Join(" AND ", where);
    }

    public DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        DbCommand command = connection.Sql(sql, transaction);
        foreach ((string name, object? value) in parameters)
        {
            command.With(name, value);
        }
        return command;
    }

    // A name set again takes the new value: a later command (e.g. the page after walking back to its start) binds the
    // position it was written with, not the first one.
    private string Parameter(string name, object? value)
    {
        parameters.RemoveAll(p => p.Name == name);
        parameters.Add((name, value));
        return name;
    }

    private IEnumerable<string> FilterPredicates(UninvoicedListFilter filter)
    {
        if (filter.CustomerNames is { } names)
        {
            yield return Within("a.appointment_id IN (SELECT c.appointment_id FROM booking_appointment_customers c WHERE c.business_id = @business_id AND {0})",
                "c.name", "customer_names", names);
        }
        if (filter.CustomerEmails is { } emails)
        {
            yield return Within("a.appointment_id IN (SELECT c.appointment_id FROM booking_appointment_customers c WHERE c.business_id = @business_id AND {0})",
                "c.email", "customer_emails", emails);
        }
        if (filter.ServiceNames is { } serviceNames && filter.ServiceIds is { } serviceIds)
        {
            yield return $"({Within("{0}", "a.service_name", "service_names", serviceNames)} OR {Within("{0}", "a.service_id", "service_ids", serviceIds)})";
        }
        if (filter.StaffIds is { } staff)
        {
            yield return Within("a.appointment_id IN (SELECT s.appointment_id FROM booking_list_staff s WHERE s.business_id = @business_id AND {0})",
                "s.staff_id", "staff_ids", staff);
        }
    }

    // No matching value matches no booking; an IN over an empty set says the same less plainly.
    private string Within(string template, string column, string parameter, IReadOnlyCollection<string> values) =>
        values.Count == 0 ? "1 = 0" : string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            Dialect.InTexts(column, Parameter(parameter, Dialect.Texts(values))));
}
