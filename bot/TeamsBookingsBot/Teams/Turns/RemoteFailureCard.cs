using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Teams.Turns;

/// <summary>
/// Turns a known remote failure (Business Central or Microsoft Graph said no, or could not be reached) into an
/// error card that says what failed and what to do. The remote's own message is shown, cut to one line:
/// both services word their errors for people, and neither puts secrets in them.
/// </summary>
internal static class RemoteFailureCard
{
    private const int MaxQuoted = 220;

    public static ErrorCardModel? Describe(Exception exception, string referenceId) => exception switch
    {
        BusinessCentralException bc => new ErrorCardModel(
            "Business Central: " + OneLine(bc.Message),
            BusinessCentralNextStep(bc),
            referenceId),
        BookingsSourceException graph => new ErrorCardModel(
            "Microsoft Bookings: " + OneLine(graph.Message),
            GraphNextStep(graph.Failure),
            referenceId),
        _ => null,
    };

    private static string BusinessCentralNextStep(BusinessCentralException bc) => bc switch
    {
        { Code: "Client_NotConfigured" } => "Ask your admin to connect Business Central (README, \"Business Central set-up\").",
        { StatusCode: 401 or 403 } => "Ask your admin to check the bot's app on Business Central's \"Microsoft Entra Applications\" page.",
        { IsTransient: true } => "Please try again in a minute. Nothing is ever invoiced twice, so retrying is safe.",
        _ => "Fix this in Business Central, then try again.",
    };

    private static string GraphNextStep(BookingsSourceFailure failure) => failure switch
    {
        BookingsSourceFailure.NotAuthenticated or BookingsSourceFailure.AccessDenied =>
            "Ask your admin to check the Graph app registration and its Bookings permissions.",
        BookingsSourceFailure.NotFound => "Ask your admin to check the Bookings mailbox address in the bot's settings.",
        BookingsSourceFailure.Throttled or BookingsSourceFailure.Unavailable => "Please try again in a minute.",
        _ => "Please try again; if it keeps happening, send your admin the reference below.",
    };

    private static string OneLine(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxQuoted ? line : line[..MaxQuoted].TrimEnd() + "…";
    }
}
