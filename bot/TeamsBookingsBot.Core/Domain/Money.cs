namespace TeamsBookingsBot.Domain;

/// <summary>An amount with its ISO 4217 currency code; money is never a bare number.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Currency} {Amount:0.00}";
}
