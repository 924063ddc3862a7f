using System.Data.Common;
using System.Globalization;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>The <c>business_settings</c> row of a <see cref="BusinessSettings"/>, both ways, and the statements that write one.</summary>
internal static class BusinessSettingsSql
{
    public const string Columns = """
        business_id, tenant_id, display_name, time_zone_id, currency_code, sync_interval_minutes, completion_rule,
        completion_grace_seconds, sync_customers, customer_template, sync_services, item_template, bc_environment,
        bc_company_id, bc_company_name, no_show_item, no_show_kind, no_show_value, group_billing, allow_create_customers,
        from_configuration, version, updated_utc, updated_by
        """;

    public const string Insert = $"""
        INSERT INTO business_settings (business_key, {Columns})
        VALUES (@business_key, @business_id, @tenant_id, @display_name, @time_zone_id, @currency_code, @sync_interval_minutes,
                @completion_rule, @completion_grace_seconds, @sync_customers, @customer_template, @sync_services, @item_template,
                @bc_environment, @bc_company_id, @bc_company_name, @no_show_item, @no_show_kind, @no_show_value, @group_billing,
                @allow_create_customers, @from_configuration, @version, @updated_utc, @updated_by)
        """;

    /// <summary>Writes only over the version the writer read, so of two saves of one version one wins and one conflicts.</summary>
    public const string Update = """
        UPDATE business_settings SET
            business_id = @business_id, display_name = @display_name, time_zone_id = @time_zone_id,
            currency_code = @currency_code, sync_interval_minutes = @sync_interval_minutes, completion_rule = @completion_rule,
            completion_grace_seconds = @completion_grace_seconds, sync_customers = @sync_customers,
            customer_template = @customer_template, sync_services = @sync_services, item_template = @item_template,
            bc_environment = @bc_environment, bc_company_id = @bc_company_id, bc_company_name = @bc_company_name,
            no_show_item = @no_show_item, no_show_kind = @no_show_kind, no_show_value = @no_show_value,
            group_billing = @group_billing, allow_create_customers = @allow_create_customers,
            from_configuration = @from_configuration, version = @version, updated_utc = @updated_utc, updated_by = @updated_by
        WHERE business_key = @business_key AND tenant_id = @tenant_id AND version = @expected_version
        """;

    /// <summary>Mailboxes compare case-insensitively: the key is the mailbox in lower case.</summary>
    public static string Key(string businessId) => businessId.Trim().ToLowerInvariant();

    public static DbCommand Bind(this DbCommand command, BusinessSettings s) => command
        .With("business_key", Key(s.BusinessId))
        .With("business_id", s.BusinessId.Trim())
        .With("tenant_id", s.TenantId)
        .With("display_name", s.DisplayName)
        .With("time_zone_id", s.TimeZoneId)
        .With("currency_code", s.CurrencyCode)
        .With("sync_interval_minutes", s.SyncIntervalMinutes)
        .With("completion_rule", s.CompletionRule.ToString())
        .With("completion_grace_seconds", (long)s.CompletionGrace.TotalSeconds)
        .With("sync_customers", s.SyncCustomers)
        .With("customer_template", s.CustomerTemplate)
        .With("sync_services", s.SyncServices)
        .With("item_template", s.ItemTemplate)
        .With("bc_environment", s.BusinessCentral?.Environment)
        .With("bc_company_id", s.BusinessCentral?.CompanyId?.ToString("D"))
        .With("bc_company_name", s.BusinessCentral?.CompanyName)
        .With("no_show_item", s.NoShowFee?.ItemNumber)
        .With("no_show_kind", s.NoShowFee?.Kind.ToString())
        .With("no_show_value", s.NoShowFee?.Value)
        .With("group_billing", s.GroupBilling.ToString())
        .With("allow_create_customers", s.AllowCreateCustomers)
        .With("from_configuration", BusinessSettingFields.Format(s.FromConfiguration))
        .With("version", s.Version)
        .With("updated_utc", s.UpdatedUtc)
        .With("updated_by", s.UpdatedBy);

    public static BusinessSettings Read(DbDataReader r) => new()
    {
        BusinessId = r.GetString(0),
        TenantId = r.GetString(1),
        DisplayName = r.GetStringOrNull(2),
        TimeZoneId = r.GetString(3),
        CurrencyCode = r.GetStringOrNull(4),
        SyncIntervalMinutes = r.GetInt32(5),
        CompletionRule = Enum.Parse<CompletionRule>(r.GetString(6)),
        CompletionGrace = TimeSpan.FromSeconds(r.GetInt64(7)),
        SyncCustomers = r.GetBoolean(8),
        CustomerTemplate = r.GetStringOrNull(9),
        SyncServices = r.GetBoolean(10),
        ItemTemplate = r.GetStringOrNull(11),
        BusinessCentral = r.IsDBNull(12)
            ? null
            : new BcCompanyRef(r.GetString(12), r.IsDBNull(13) ? null : Guid.Parse(r.GetString(13)), r.GetStringOrNull(14)),
        NoShowFee = r.IsDBNull(15)
            ? null
            : new NoShowFee(r.GetString(15), Enum.Parse<NoShowFeeKind>(r.GetString(16)), Convert.ToDecimal(r.GetValue(17), CultureInfo.InvariantCulture)),
        GroupBilling = Enum.Parse<GroupBookingBilling>(r.GetString(18)),
        AllowCreateCustomers = r.GetBoolean(19),
        FromConfiguration = BusinessSettingFields.Parse(r.GetString(20)),
        Version = r.GetInt64(21),
        UpdatedUtc = r.GetUtc(22),
        UpdatedBy = r.GetStringOrNull(23),
    };
}
