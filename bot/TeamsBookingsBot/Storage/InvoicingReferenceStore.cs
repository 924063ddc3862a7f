using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class InvoicingReferenceStore(IDbConnectionFactory db) : IInvoicingReferenceStore
{
    public async Task<IReadOnlyDictionary<string, CustomerLink>> GetCustomerLinksAsync(string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT customer_key, bc_customer_number, manual, by_aad_object_id, updated_utc FROM customer_links WHERE business_id = @business_id
            """).With("business_id", businessId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var links = new Dictionary<string, CustomerLink>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            links[reader.GetString(0)] = new CustomerLink(businessId, reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetString(3), reader.GetUtc(4));
        }
        return links;
    }

    public async Task SaveCustomerLinkAsync(CustomerLink link, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO customer_links (business_id, customer_key, bc_customer_number, manual, by_aad_object_id, updated_utc)
            VALUES (@business_id, @customer_key, @number, @manual, @by, @at)
            ON CONFLICT (business_id, customer_key) DO UPDATE SET
                bc_customer_number = excluded.bc_customer_number, manual = excluded.manual,
                by_aad_object_id = excluded.by_aad_object_id, updated_utc = excluded.updated_utc
            """)
            .With("business_id", link.BusinessId).With("customer_key", link.CustomerKey).With("number", link.CustomerNumber)
            .With("manual", link.Manual).With("by", link.By).With("at", link.AtUtc);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, ServiceItemMapping>> GetServiceMappingsAsync(string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT service_id, item_number, confirmed, by_aad_object_id, updated_utc FROM service_item_mappings WHERE business_id = @business_id
            """).With("business_id", businessId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var mappings = new Dictionary<string, ServiceItemMapping>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            mappings[reader.GetString(0)] = new ServiceItemMapping(businessId, reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetString(3), reader.GetUtc(4));
        }
        return mappings;
    }

    public async Task SaveServiceMappingAsync(ServiceItemMapping mapping, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        // A guess (confirmed = false) never overwrites a user's pick.
        await using DbCommand command = connection.Sql("""
            INSERT INTO service_item_mappings (business_id, service_id, item_number, confirmed, by_aad_object_id, updated_utc)
            VALUES (@business_id, @service_id, @item_number, @confirmed, @by, @at)
            ON CONFLICT (business_id, service_id) DO UPDATE SET
                item_number = excluded.item_number, confirmed = excluded.confirmed,
                by_aad_object_id = excluded.by_aad_object_id, updated_utc = excluded.updated_utc
            WHERE excluded.confirmed OR NOT service_item_mappings.confirmed
            """)
            .With("business_id", mapping.BusinessId).With("service_id", mapping.ServiceId).With("item_number", mapping.ItemNumber)
            .With("confirmed", mapping.Confirmed).With("by", mapping.By).With("at", mapping.AtUtc);
        await command.ExecuteNonQueryAsync(ct);
    }
}
