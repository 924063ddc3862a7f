namespace TeamsBookingsBot.Cards;

/// <param name="UserGivenName">The installing user's first name, or null in a team or when unknown.</param>
/// <param name="UsesSandboxData">True until an admin has connected real Bookings and Business Central data.</param>
/// <param name="OffersSetup">The first person in a tenant with nothing set up: the card leads to the setup.</param>
public sealed record WelcomeCardModel(string? UserGivenName, bool UsesSandboxData, bool OffersSetup = false);
