namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Pick a Bookings business from the ones Graph lists for the tenant, or type its mailbox address.</summary>
public sealed record SetupAddActionData() : CardActionData(CardVerbs.SetupAdd);
