namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Outcome of undoing one draft invoice.</summary>
public abstract record UndoResult
{
    private UndoResult()
    {
    }

    /// <summary>The draft was deleted in Business Central; its bookings are uninvoiced again.</summary>
    public sealed record Undone(string InvoiceNumber, IReadOnlyList<string> AppointmentIds) : UndoResult;

    /// <summary>Refused: the invoice is no longer a draft (posted meanwhile), so deleting it is not ours to do.</summary>
    public sealed record NotDraft(string InvoiceNumber, string Status) : UndoResult;

    /// <summary>Nothing to undo: no such invoice from this bot, or it was already deleted.</summary>
    public sealed record NotFound(string InvoiceNumber) : UndoResult;
}
