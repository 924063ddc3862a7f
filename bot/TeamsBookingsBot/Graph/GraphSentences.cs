using Microsoft.Graph.Models.ODataErrors;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Identity;
using TeamsBookingsBot.Setup;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// One plain sentence per way a Graph call of setup can fail, saying what to fix. Mailboxes are shown as typed by the
/// admin; Graph's own message is never shown (it can carry anything).
/// </summary>
internal static class GraphSentences
{
    public const string ReadPermission = "Bookings.Read.All";
    public const string AppointmentPermission = "BookingsAppointment.ReadWrite.All";

    /// <param name="forbidden">What a 403 means for this step: which permission is missing.</param>
    public static string For(Exception ex, string mailbox, string tenantId, string forbidden)
    {
        if (ex is ServiceCredentialUnavailableException || ex.InnerException is ServiceCredentialUnavailableException)
        {
            return "The bot has no credential to sign in to Microsoft Graph: set MicrosoftAppId with its secret or certificate (or Graph:ClientId and its secret) on the server.";
        }
        switch (RemoteFailures.Classify(ex))
        {
            case RemoteFailureKind.SignInFailed:
                return $"The bot could not sign in to tenant {tenantId}: Entra refused the app's id or its secret or certificate, or the app is not consented there yet (an admin of the tenant opens the admin-consent link).";
            case RemoteFailureKind.Timeout:
                return "Microsoft Graph did not answer in time: try again in a minute; if it keeps happening, check the server's connection to Microsoft Graph.";
            case RemoteFailureKind.ConnectionRefused:
                return "The bot could not connect to Microsoft Graph (the connection was refused): check the server's network, proxy and firewall.";
            case RemoteFailureKind.Unreachable:
                return "The bot could not reach Microsoft Graph: check the server's network, DNS and proxy.";
        }
        int? status = GraphFailures.StatusOf(ex) ?? (ex as BookingsSourceException)?.StatusCode;
        return status switch
        {
            401 => $"Microsoft Graph did not accept the bot's sign-in (401): in tenant {tenantId}, grant the app the application permissions {ReadPermission} and {AppointmentPermission} and give admin consent.",
            403 => forbidden,
            404 => $"Microsoft Graph knows no Bookings business with the mailbox {mailbox} (404): check the address; it is the business's booking mailbox, e.g. salon@contoso.onmicrosoft.com.",
            429 => "Microsoft Graph is throttling the bot and still answered 429 after every retry: try again in a few minutes.",
            >= 500 => $"Microsoft Graph had a server error ({status}): try again later; if it lasts, Microsoft 365 service health says why.",
            _ => $"Microsoft Graph refused the request ({status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no status"}{Code(ex)}).",
        };
    }

    /// <summary>The sentence when <c>GET /solutions/bookingBusinesses</c> failed: typing the mailbox still works.</summary>
    public static string ListBusinesses(Exception ex, string tenantId) =>
        For(ex, "", tenantId, $"Microsoft Graph does not let the app list the Bookings businesses of tenant {tenantId} (403; app-only listing is often refused): type the booking mailbox's address instead.")
        + (GraphFailures.StatusOf(ex) is 403 ? "" : " You can also type the booking mailbox's address.");

    private static string Code(Exception ex) => ex is ODataError { Error.Code: { Length: > 0 } code } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
        ? ", " + code
        : "";
}
