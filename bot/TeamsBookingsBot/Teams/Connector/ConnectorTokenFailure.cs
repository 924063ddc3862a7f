using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// A credential failure in a few words for the log: the exception type and Entra's AADSTS code, which says what is
/// wrong (7000215 a wrong secret, 700016 an unknown app id, 90002 an unknown tenant). Entra's own text is left out:
/// it is long, and nothing that reaches a log may risk quoting a credential.
/// </summary>
internal static partial class ConnectorTokenFailure
{
    public static string Describe(Exception exception)
    {
        string kind = exception.GetType().Name;
        return AadstsCode().Match(exception.Message) is { Success: true } code ? $"{kind} {code.Value}" : kind;
    }

    [GeneratedRegex(@"AADSTS\d{5,7}")]
    private static partial Regex AadstsCode();
}
