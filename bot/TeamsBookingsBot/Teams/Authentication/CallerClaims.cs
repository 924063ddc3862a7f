using System.Security.Claims;

namespace TeamsBookingsBot.Teams.Authentication;

internal static class CallerClaims
{
    // SkillValidation.IsSkillClaim: a versioned token whose caller (appid/azp) is not its audience.
    public static bool IsSkillToken(ClaimsIdentity claims)
    {
        if (string.IsNullOrWhiteSpace(claims.FindFirst("ver")?.Value))
        {
            return false;
        }
        string? audience = claims.FindFirst("aud")?.Value;
        if (string.IsNullOrWhiteSpace(audience) || audience == "https://api.botframework.com")
        {
            return false;
        }
        string? appId = CallerAppId(claims);
        return !string.IsNullOrWhiteSpace(appId) && appId != audience;
    }

    // JwtTokenValidation.GetAppIdFromClaims: v1 tokens carry appid, v2 tokens azp.
    public static string? CallerAppId(ClaimsIdentity claims) =>
        claims.FindFirst("ver")?.Value == "2.0" ? claims.FindFirst("azp")?.Value : claims.FindFirst("appid")?.Value;
}
