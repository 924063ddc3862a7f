using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>How a no-show marked for a fee is billed (section <c>Invoicing:NoShowFee</c>).</summary>
public sealed class NoShowFeeOptions
{
    /// <summary>BC item number the fee is billed on.</summary>
    public string? ItemNumber { get; set; }

    /// <summary><c>FixedAmount</c> (in the Bookings currency) or <c>PercentageOfPrice</c>.</summary>
    public NoShowFeeKind Kind { get; set; } = NoShowFeeKind.FixedAmount;

    /// <summary>The amount, or the percentage (0-100).</summary>
    public decimal Value { get; set; }
}
