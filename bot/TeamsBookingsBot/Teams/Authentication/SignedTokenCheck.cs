using System.Security.Claims;

namespace TeamsBookingsBot.Teams.Authentication;

internal sealed record SignedTokenCheck(
    EndorsedOpenIdConfiguration? Configuration, ClaimsIdentity? Claims, BotAuthenticationResult.Rejected? Rejection);
