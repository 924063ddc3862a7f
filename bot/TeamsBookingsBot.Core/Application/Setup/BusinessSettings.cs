using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Setup;

/// <summary>
/// One Bookings business of a tenant and how it is synchronized and invoiced: the seed's Booking Sync Setup. A
/// business (its booking mailbox, compared case-insensitively) belongs to one tenant. Values an unattended deployment
/// set in configuration are listed in <see cref="FromConfiguration"/>; the setup card marks them, and a re-seed from
/// configuration changes only those, never a value an admin saved.
/// </summary>
public sealed record BusinessSettings
{
    public required string TenantId { get; init; }

    /// <summary>The booking mailbox's SMTP address (Graph's bookingBusiness id).</summary>
    public required string BusinessId { get; init; }

    /// <summary>Shown instead of the name Bookings has, when set.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Windows or IANA zone the business works in; cards show its times in it.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>ISO 4217 code used when Bookings reports no default currency.</summary>
    public string? CurrencyCode { get; init; }

    public int SyncIntervalMinutes { get; init; } = 15;

    public CompletionRule CompletionRule { get; init; } = CompletionRule.EndedAfterGrace;

    public TimeSpan CompletionGrace { get; init; } = TimeSpan.Zero;

    public bool SyncCustomers { get; init; }

    /// <summary>Number of the BC customer new customers copy their settings from.</summary>
    public string? CustomerTemplate { get; init; }

    public bool SyncServices { get; init; }

    /// <summary>Number of the BC Service item new items copy their settings from.</summary>
    public string? ItemTemplate { get; init; }

    /// <summary>Null while no Business Central company is chosen: the business can be listed, not invoiced.</summary>
    public BcCompanyRef? BusinessCentral { get; init; }

    public NoShowFee? NoShowFee { get; init; }

    public GroupBookingBilling GroupBilling { get; init; } = GroupBookingBilling.PerAttendee;

    public bool AllowCreateCustomers { get; init; }

    public IReadOnlySet<BusinessSettingField> FromConfiguration { get; init; } = new HashSet<BusinessSettingField>();

    /// <summary>Optimistic concurrency: 0 for settings never stored; a save names the version it edited.</summary>
    public long Version { get; init; }

    public DateTimeOffset? UpdatedUtc { get; init; }

    /// <summary>Entra object id of the admin who saved last; null for values seeded from configuration.</summary>
    public string? UpdatedBy { get; init; }

    public CompletionPolicy Completion => new(CompletionRule, CompletionGrace);

    public bool IsFromConfiguration(BusinessSettingField field) => FromConfiguration.Contains(field);
}
