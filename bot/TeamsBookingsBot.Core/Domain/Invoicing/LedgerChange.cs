namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>Outcome of an all-or-nothing ledger change.</summary>
public abstract record LedgerChange
{
    /// <summary>Every key changed; <see cref="Entries"/> are their new states.</summary>
    public sealed record Applied(IReadOnlyList<LedgerEntry> Entries) : LedgerChange;

    /// <summary>Nothing changed because <see cref="Taken"/> keys are in a state that forbids it (who and when inside).</summary>
    public sealed record Conflict(IReadOnlyList<LedgerEntry> Taken) : LedgerChange;
}
