namespace TeamsBookingsBot.Cards.Actions;

/// <summary>The setup overview: the tenant's Bookings businesses, each with Edit, and "Add a Bookings business".</summary>
public sealed record SetupShowActionData() : CardActionData(CardVerbs.SetupShow);
