namespace TeamsBookingsBot.Application.Setup;

public enum BusinessSettingsSaveOutcome
{
    Saved,

    /// <summary>Someone saved this business since the version the card showed: nothing was written.</summary>
    VersionConflict,

    /// <summary>The mailbox is already set up in another tenant: nothing was written.</summary>
    OwnedByAnotherTenant,
}
