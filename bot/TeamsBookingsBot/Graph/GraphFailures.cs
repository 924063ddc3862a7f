using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Identity;

namespace TeamsBookingsBot.Graph;

/// <summary>Turns what the Graph SDK throws into <see cref="BookingsSourceException"/> with plain words.</summary>
internal static class GraphFailures
{
    public const string Permissions = "Bookings.Read.All and BookingsAppointment.ReadWrite.All";

    /// <summary>Remote failures we can explain; anything else is a bug and propagates as is.</summary>
    public static bool IsRemote(Exception ex) => ex is ApiException or HttpRequestException or TimeoutException or TimeoutRejectedException
        or AuthenticationFailedException or CredentialUnavailableException or ServiceCredentialUnavailableException
        // Kiota's own RetryHandler reports exhausted retries this way (graph-sdk-notes §4).
        || (ex is AggregateException agg && agg.InnerExceptions.Any(i => i is ApiException));

    /// <summary>The HTTP status behind a Graph SDK exception, if it had one.</summary>
    public static int? StatusOf(Exception ex) => ex switch
    {
        ApiException api when api.ResponseStatusCode > 0 => api.ResponseStatusCode,
        AggregateException agg => agg.InnerExceptions.OfType<ApiException>().LastOrDefault()?.ResponseStatusCode,
        _ => null,
    };

    public static BookingsSourceException Translate(Exception ex, string businessId)
    {
        if (ex is ServiceCredentialUnavailableException missing)
        {
            return new(businessId, BookingsSourceFailure.NotAuthenticated,
                $"The bot has no way to sign in to Microsoft Graph for the Bookings mailbox {businessId}. {missing.Message}", null, ex);
        }
        if (ex is AuthenticationFailedException or CredentialUnavailableException)
        {
            return new(businessId, BookingsSourceFailure.NotAuthenticated,
                $"The bot could not sign in to Microsoft Graph for the Bookings mailbox {businessId}: check the app's id and its client secret, certificate or managed identity (MicrosoftAppId or Graph:ClientId), and that the app is consented in the business's tenant.",
                null, ex);
        }
        if (ex is HttpRequestException or TimeoutException or TimeoutRejectedException)
        {
            return new(businessId, BookingsSourceFailure.Unavailable,
                $"Microsoft Graph could not be reached for the Bookings mailbox {businessId} ({ex.Message}); the next sync will try again.",
                null, ex);
        }
        int? status = StatusOf(ex);
        string code = ex is ODataError { Error.Code: { } c } ? $", {c}" : "";
        return status switch
        {
            401 => new(businessId, BookingsSourceFailure.AccessDenied,
                $"Microsoft Graph did not accept the bot's sign-in for the Bookings mailbox {businessId} (HTTP 401{code}): grant the app the application permissions {Permissions} with admin consent, and check Graph:TenantId and Graph:ClientId.",
                status, ex),
            403 => new(businessId, BookingsSourceFailure.AccessDenied,
                $"Microsoft Graph refused access to the Bookings mailbox {businessId} (HTTP 403{code}): grant the app the application permissions {Permissions} with admin consent.",
                status, ex),
            404 => new(businessId, BookingsSourceFailure.NotFound,
                $"Microsoft Graph found no Bookings business {businessId} (HTTP 404{code}): check the mailbox address in Graph:Businesses.",
                status, ex),
            429 => new(businessId, BookingsSourceFailure.Throttled,
                $"Microsoft Graph is throttling requests to the Bookings mailbox {businessId} and still answered 429 after every retry; the next sync will try again.",
                status, ex),
            >= 500 => new(businessId, BookingsSourceFailure.Unavailable,
                $"Microsoft Graph is unavailable for the Bookings mailbox {businessId} (HTTP {status}{code}); the next sync will try again.",
                status, ex),
            _ => new(businessId, BookingsSourceFailure.InvalidResponse,
                $"Microsoft Graph rejected a request for the Bookings mailbox {businessId} (HTTP {status?.ToString() ?? "?"}{code}).",
                status, ex),
        };
    }
}
