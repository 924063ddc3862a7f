using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="BusinessName">The business the check was for (untrusted text).</param>
public sealed record ConnectionReportCardModel(string BusinessName, string BusinessId, ConnectionReport Report);
