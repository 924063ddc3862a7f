using System.Globalization;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Setup;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// One plain sentence per way a Business Central call of setup can fail, saying what to fix. Names are shown as the
/// admin typed them; BC's own message is never shown (it can carry anything).
/// </summary>
internal static class BusinessCentralSentences
{
    public const string Permission = "API.ReadWrite.All";

    /// <param name="forbidden">What a 403 means for this step (which BC permission set is missing).</param>
    public static string For(BusinessCentralException ex, string tenantId, string environment, string forbidden)
    {
        if (ex.Code == "Client_NoCredential")
        {
            return "The bot has no credential to sign in to Business Central: set MicrosoftAppId with its secret or certificate (or BusinessCentral:ClientId and its secret) on the server.";
        }
        switch (RemoteFailures.Classify(ex))
        {
            case RemoteFailureKind.SignInFailed:
                return $"The bot could not sign in to tenant {tenantId}: Entra refused the app's id or its secret or certificate, or the app is not consented there yet (an admin of the tenant opens the admin-consent link).";
            case RemoteFailureKind.Timeout:
                return "Business Central did not answer in time: try again in a minute; if it keeps happening, check the server's connection to Business Central.";
            case RemoteFailureKind.ConnectionRefused:
                return "The bot could not connect to Business Central (the connection was refused): check the server's network, proxy and firewall, and BusinessCentral:BaseUrl.";
            case RemoteFailureKind.Unreachable:
                return "The bot could not reach Business Central: check the server's network, DNS and proxy, and BusinessCentral:BaseUrl.";
        }
        return ex.StatusCode switch
        {
            401 => $"Business Central did not accept the bot's sign-in (401): in tenant {tenantId}, grant the app the application permission {Permission} on Dynamics 365 Business Central with admin consent, and add the app on Business Central's Microsoft Entra Applications page, Enabled.",
            403 => forbidden,
            404 => $"Business Central has no environment {environment} in tenant {tenantId} (404): pick the environment's name exactly as the Business Central admin center shows it.",
            429 => "Business Central is throttling the bot and still answered 429 after every retry: try again in a few minutes.",
            >= 500 => $"Business Central had a server error ({ex.StatusCode.Value.ToString(CultureInfo.InvariantCulture)}): try again later; if it lasts, check the environment in the Business Central admin center.",
            _ => $"Business Central refused the request ({ex.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no answer"}, {SafeCode(ex.Code)}).",
        };
    }

    /// <summary>Which BC permission the step needs, for its 403 sentence.</summary>
    public static string Forbidden(string what) =>
        $"Business Central refused the app access to {what} (403): on its Microsoft Entra Applications page, give the app a permission set covering customers, items and sales invoices, e.g. D365 BUS FULL ACCESS.";

    private static string SafeCode(string code) => code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.') ? code : "unknown error";
}
