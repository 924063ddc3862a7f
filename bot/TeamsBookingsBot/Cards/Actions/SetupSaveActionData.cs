namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Saves the form's inputs for <see cref="BusinessId"/>; <see cref="SettingsVersion"/> is what the form was made from (0: new).</summary>
public sealed record SetupSaveActionData(string BusinessId, long SettingsVersion) : CardActionData(CardVerbs.SetupSave)
{
    protected internal override bool IsValid() => SetupInputIds.IsMailbox(BusinessId) && SettingsVersion >= 0;
}
