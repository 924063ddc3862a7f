using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Draft invoicing (section <c>Invoicing</c>); validated at start-up.</summary>
public sealed class InvoicingOptions
{
    public const string Section = "Invoicing";

    /// <summary>Create a BC customer (at confirm) for a Bookings customer whose email no BC customer has.</summary>
    public bool AllowCreateCustomers { get; set; }

    /// <summary>Number of the BC customer new customers copy their settings from; default <c>BusinessCentral:CustomerTemplate</c>.</summary>
    public string? CustomerTemplate { get; set; }

    /// <summary><c>PerAttendee</c> or <c>FirstCustomerPaysAll</c>.</summary>
    public GroupBookingBilling GroupBilling { get; set; } = GroupBookingBilling.PerAttendee;

    /// <summary>Null (no <c>Invoicing:NoShowFee:ItemNumber</c>) = no-show fees are not set up.</summary>
    public NoShowFeeOptions? NoShowFee { get; set; }

    /// <summary>
    /// BC's local currency (LCY). Default: the Bookings business's currency. Set it when they differ, or drafts for
    /// customers without a currency code would be planned in the wrong currency (API v2.0's companies carry none).
    /// </summary>
    public string? CompanyCurrencyCode { get; set; }

    /// <summary>
    /// A line amount above this (in the booking's own currency) is billed only after the user confirms it on the
    /// preview, and stays out of the list's totals until then: an extra zero typed in Bookings is caught before BC.
    /// </summary>
    public decimal UnusualAmountAbove { get; set; } = AmountCheck.DefaultUnusualAbove;

    /// <summary>Customer lookups at once during a preview.</summary>
    public int MaxParallelLookups { get; set; } = 4;

    /// <summary>A reservation this old without BC's answer is reconciled (unless its run is still beating).</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often reconciliation runs after the first pass at start-up.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A confirm whose heartbeat stopped this long ago belongs to a dead process.</summary>
    public TimeSpan RunningRunStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The rules the uninvoiced list and the planner share, so both cards show the same figures.</summary>
    public BillingRules ToBillingRules() => new() { GroupBilling = GroupBilling, AmountCheck = new AmountCheck(UnusualAmountAbove) };
}
