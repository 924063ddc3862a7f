namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// The uninvoiced list in SQL (issue 9): what each attendee of a stored appointment adds to the list (computed by the
/// list's own code when the sync writes the appointment) and whether the ledger leaves the attendee open (kept by every
/// ledger write, in its transaction); per appointment, the same summed over its open attendees, so a page is an index
/// range and the totals an aggregate. <c>booking_list_staff</c> and <c>booking_list_terms</c> let filters select by
/// staff member and match names once per distinct value; <c>booking_list_state</c> holds, per business, the figures'
/// fingerprint and the versions the sync and the ledger bump, which also order their writes.
/// </summary>
internal sealed class Migration0007ListQuery : IMigration
{
    private const string Sql = """
        ALTER TABLE booking_appointments ADD COLUMN list_rules {text} NULL;
        ALTER TABLE booking_appointments ADD COLUMN list_open {int} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_free {int} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_price_needed {int} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_attention {int} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_billed {bigint} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_billed_lines {int} NOT NULL DEFAULT 0;
        ALTER TABLE booking_appointments ADD COLUMN list_cancelled_price_needed {int} NOT NULL DEFAULT 0;

        CREATE TABLE booking_list_attendees (
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            customer_key {text} NOT NULL,
            billed {bigint} NULL,
            free {int} NOT NULL,
            price_needed {int} NOT NULL,
            attention {int} NOT NULL,
            is_open {int} NOT NULL,
            PRIMARY KEY (business_id, appointment_id, customer_key),
            FOREIGN KEY (business_id, appointment_id) REFERENCES booking_appointments (business_id, appointment_id) ON DELETE CASCADE
        );

        CREATE TABLE booking_list_staff (
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            staff_id {text} NOT NULL,
            PRIMARY KEY (business_id, appointment_id, staff_id),
            FOREIGN KEY (business_id, appointment_id) REFERENCES booking_appointments (business_id, appointment_id) ON DELETE CASCADE
        );
        CREATE INDEX ix_booking_list_staff_staff ON booking_list_staff (business_id, staff_id);

        CREATE TABLE booking_list_terms (
            business_id {text} NOT NULL,
            kind {text} NOT NULL,
            term {text} NOT NULL,
            PRIMARY KEY (business_id, kind, term)
        );

        CREATE TABLE booking_list_state (
            business_id {text} NOT NULL PRIMARY KEY,
            rules {text} NULL,
            data_version {bigint} NOT NULL,
            ledger_version {bigint} NOT NULL
        );

        CREATE INDEX ix_booking_appointments_listed ON booking_appointments (business_id, start_utc, appointment_id {ordinal}, end_utc)
            WHERE list_open > 0 AND list_free = 0 AND cancelled_utc IS NULL;
        CREATE INDEX ix_booking_appointments_open ON booking_appointments (business_id, start_utc, appointment_id {ordinal}, end_utc, list_free, cancelled_utc)
            WHERE list_open > 0;
        CREATE INDEX ix_booking_appointments_period ON booking_appointments (business_id, start_utc, end_utc, cancelled_utc);
        CREATE INDEX ix_booking_appointments_service ON booking_appointments (business_id, service_name);
        CREATE INDEX ix_booking_appointment_customers_name ON booking_appointment_customers (business_id, name);
        """;

    public int Version => 7;

    public string Name => "list_query";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
