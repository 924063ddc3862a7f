using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>How <see cref="DraftInvoicing"/> behaves; the app builds it from its <c>Invoicing</c> and <c>BusinessCentral</c> options.</summary>
public sealed record DraftInvoicingSettings
{
    /// <summary>Create a BC customer for a Bookings customer no BC customer has the email of (at confirm, never at preview).</summary>
    public bool AllowCreateCustomers { get; init; }

    /// <summary>Number of the BC customer new customers are patterned on; null = BC's defaults.</summary>
    public string? CustomerTemplate { get; init; }

    public GroupBookingBilling GroupBilling { get; init; } = GroupBookingBilling.PerAttendee;

    public NoShowFee? NoShowFee { get; init; }

    /// <summary>Line amounts that wait for the user's confirmation on the preview.</summary>
    public AmountCheck AmountCheck { get; init; } = AmountCheck.Default;

    /// <summary>BC's local currency (LCY). Null = the Bookings business's currency (see the Invoicing README).</summary>
    public string? CompanyCurrencyCode { get; init; }

    /// <summary>Drafts created at once (the BC client also caps this process-wide).</summary>
    public int MaxParallelInvoices { get; init; } = 4;

    /// <summary>Customer lookups at once during a preview.</summary>
    public int MaxParallelLookups { get; init; } = 4;

    /// <summary>A run still "running" after this long belongs to a dead process and may be taken over.</summary>
    public TimeSpan RunningRunStaleAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a second confirm of a running run checks whether the first has finished.</summary>
    public TimeSpan ConfirmPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
