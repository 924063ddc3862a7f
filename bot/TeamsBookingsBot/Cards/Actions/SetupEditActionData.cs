namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// The setup form of one business. Without <see cref="BusinessId"/> the business comes from the pick card's inputs
/// (<see cref="SetupInputIds.PickedBusiness"/> or <see cref="SetupInputIds.TypedMailbox"/>). With
/// <see cref="KeepInputs"/> the form is shown again with what was typed (e.g. after "Show companies" for another
/// environment); otherwise with what is stored.
/// </summary>
public sealed record SetupEditActionData(string? BusinessId = null, bool KeepInputs = false) : CardActionData(CardVerbs.SetupEdit)
{
    protected internal override bool IsValid() => BusinessId is null || SetupInputIds.IsMailbox(BusinessId);
}
