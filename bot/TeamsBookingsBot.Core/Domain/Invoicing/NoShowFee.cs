namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>How a no-show is billed: on <see cref="ItemNumber"/>, a fixed amount or a percentage (0-100).</summary>
public sealed record NoShowFee(string ItemNumber, NoShowFeeKind Kind, decimal Value);
