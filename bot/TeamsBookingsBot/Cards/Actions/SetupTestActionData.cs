namespace TeamsBookingsBot.Cards.Actions;

/// <summary>"Test connection": checks Graph and Business Central with the form's inputs, saved or not.</summary>
public sealed record SetupTestActionData(string BusinessId) : CardActionData(CardVerbs.SetupTest)
{
    protected internal override bool IsValid() => SetupInputIds.IsMailbox(BusinessId);
}
