namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// How bookings become invoice lines, the same for the uninvoiced list and the preview: who pays for a group
/// booking, and which amounts wait for the user's confirmation.
/// </summary>
public sealed record BillingRules
{
    public static BillingRules Default { get; } = new();

    public GroupBookingBilling GroupBilling { get; init; } = GroupBookingBilling.PerAttendee;

    public AmountCheck AmountCheck { get; init; } = AmountCheck.Default;
}
