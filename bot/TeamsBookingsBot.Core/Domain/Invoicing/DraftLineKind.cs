namespace TeamsBookingsBot.Domain.Invoicing;

public enum DraftLineKind
{
    /// <summary>The appointment's service on its mapped item.</summary>
    Service = 0,

    /// <summary>A no-show billed on the no-show fee item.</summary>
    NoShowFee = 1,
}
