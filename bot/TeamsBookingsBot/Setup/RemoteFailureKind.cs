using System.Net.Sockets;
using Azure.Identity;
using Polly.Timeout;

namespace TeamsBookingsBot.Setup;

/// <summary>What went wrong on the way to Graph or Business Central, when no HTTP answer came.</summary>
internal enum RemoteFailureKind
{
    None,
    Timeout,
    ConnectionRefused,
    Unreachable,
    SignInFailed,
}

internal static class RemoteFailures
{
    /// <summary>The transport or sign-in failure inside <paramref name="ex"/> (its chain of inner exceptions), if any.</summary>
    public static RemoteFailureKind Classify(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutRejectedException or TimeoutException:
                    return RemoteFailureKind.Timeout;
                case AuthenticationFailedException or CredentialUnavailableException:
                    return RemoteFailureKind.SignInFailed;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return RemoteFailureKind.ConnectionRefused;
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } http when http.InnerException is not SocketException:
                    return RemoteFailureKind.ConnectionRefused;
                case HttpRequestException when e.InnerException is null:
                    return RemoteFailureKind.Unreachable;
            }
        }
        return ex is HttpRequestException || ex.InnerException is HttpRequestException ? RemoteFailureKind.Unreachable : RemoteFailureKind.None;
    }
}
