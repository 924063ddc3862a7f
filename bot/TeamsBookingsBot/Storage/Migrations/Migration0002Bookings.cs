namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// The local copy of Microsoft Bookings kept by the sync: appointments with every customers[] entry, the
/// reference lists, what was learned about each business, sync runs, and every change to a stored appointment
/// (for the "changed after invoicing" alert). Business ids are stored lower-case: mailboxes compare case-insensitively.
/// </summary>
internal sealed class Migration0002Bookings : IMigration
{
    private const string Sql = """
        CREATE TABLE booking_businesses (
            business_id {text} NOT NULL PRIMARY KEY,
            display_name {text} NOT NULL,
            time_zone {text} NOT NULL,
            currency {text} NOT NULL,
            updated_utc {utc} NOT NULL
        );

        CREATE TABLE booking_appointments (
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            service_id {text} NULL,
            service_name {text} NOT NULL,
            price {decimal} NOT NULL,
            price_type {text} NOT NULL,
            start_utc {utc} NOT NULL,
            end_utc {utc} NOT NULL,
            original_time_zone {text} NULL,
            duration_ms {bigint} NOT NULL,
            staff_member_ids {text} NOT NULL,
            self_service_appointment_id {text} NULL,
            customer_count {int} NOT NULL,
            last_updated_utc {utc} NULL,
            cancelled_utc {utc} NULL,
            first_seen_utc {utc} NOT NULL,
            last_seen_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, appointment_id)
        );
        CREATE INDEX ix_booking_appointments_start ON booking_appointments (business_id, start_utc);

        CREATE TABLE booking_appointment_customers (
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            position {int} NOT NULL,
            customer_id {text} NULL,
            name {text} NULL,
            email {text} NULL,
            phone {text} NULL,
            PRIMARY KEY (business_id, appointment_id, position),
            FOREIGN KEY (business_id, appointment_id) REFERENCES booking_appointments (business_id, appointment_id) ON DELETE CASCADE
        );
        CREATE INDEX ix_booking_appointment_customers_email ON booking_appointment_customers (business_id, email);

        CREATE TABLE booking_customers (
            business_id {text} NOT NULL,
            customer_id {text} NOT NULL,
            display_name {text} NOT NULL,
            email {text} NULL,
            phone {text} NULL,
            last_seen_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, customer_id)
        );

        CREATE TABLE booking_services (
            business_id {text} NOT NULL,
            service_id {text} NOT NULL,
            name {text} NOT NULL,
            default_price {decimal} NOT NULL,
            default_price_type {text} NOT NULL,
            default_duration_ms {bigint} NOT NULL,
            currency {text} NULL,
            last_seen_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, service_id)
        );

        CREATE TABLE booking_staff (
            business_id {text} NOT NULL,
            staff_id {text} NOT NULL,
            display_name {text} NOT NULL,
            email {text} NULL,
            last_seen_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, staff_id)
        );

        CREATE TABLE booking_sync_runs (
            run_id {identity},
            business_id {text} NOT NULL,
            started_utc {utc} NOT NULL,
            finished_utc {utc} NULL,
            succeeded {bool} NOT NULL,
            appointments_seen {int} NOT NULL,
            added {int} NOT NULL,
            updated {int} NOT NULL,
            unchanged {int} NOT NULL,
            cancelled {int} NOT NULL,
            restored {int} NOT NULL,
            detail_requests {int} NOT NULL,
            error {text} NULL
        );
        CREATE INDEX ix_booking_sync_runs_business ON booking_sync_runs (business_id, started_utc);

        CREATE TABLE booking_appointment_changes (
            change_id {identity},
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            detected_utc {utc} NOT NULL,
            kind {text} NOT NULL,
            old_last_updated_utc {utc} NULL,
            new_last_updated_utc {utc} NULL,
            start_changed {bool} NOT NULL,
            end_changed {bool} NOT NULL,
            price_changed {bool} NOT NULL,
            service_changed {bool} NOT NULL,
            customers_changed {bool} NOT NULL,
            staff_changed {bool} NOT NULL,
            description {text} NOT NULL
        );
        CREATE INDEX ix_booking_appointment_changes_appointment ON booking_appointment_changes (business_id, appointment_id);
        CREATE INDEX ix_booking_appointment_changes_detected ON booking_appointment_changes (business_id, detected_utc);
        """;

    public int Version => 2;

    public string Name => "bookings";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
