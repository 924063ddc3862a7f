namespace TeamsBookingsBot.Application.Setup;

/// <summary>What saving the setup card did: nothing is ever saved half.</summary>
public abstract record BusinessSetupSaveResult
{
    private BusinessSetupSaveResult()
    {
    }

    /// <summary>Stored and applied (the sync rescheduled). <paramref name="IsNewBusiness"/>: the business was not set up before.</summary>
    public sealed record Saved(BusinessSettings Settings, bool IsNewBusiness) : BusinessSetupSaveResult;

    /// <summary>Fields that are wrong, each with the sentence shown next to it; nothing was stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<BusinessSettingField, string> Errors) : BusinessSetupSaveResult;

    /// <summary>Someone saved the business since the card was made; <paramref name="Current"/> is what is stored now.</summary>
    public sealed record Conflict(BusinessSettings? Current) : BusinessSetupSaveResult;

    /// <summary>The mailbox is set up in another tenant.</summary>
    public sealed record OwnedElsewhere : BusinessSetupSaveResult;
}
