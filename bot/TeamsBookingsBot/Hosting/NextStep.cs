namespace TeamsBookingsBot.Hosting;

/// <summary>
/// What to do once the bot runs, in one place for the start page and the console: talk to it through Microsoft 365
/// Agents Playground (the repository's <c>tools/playground</c>, run from the repository folder) or in Teams.
/// </summary>
internal static class NextStep
{
    public const int PlaygroundPort = 56150;
    public const string PlaygroundLogs = "/tmp/playground-logs";
    public const string PlaygroundPidFile = "/tmp/playground.pid";

    public static string PlaygroundInstall => "npm ci --prefix tools/playground";

    public static string PlaygroundStart(string botOrigin) =>
        $"tools/playground/start.sh {botOrigin}/api/messages {PlaygroundPort} {PlaygroundLogs} > {PlaygroundPidFile}";

    public static string PlaygroundStop => $"kill \"$(cat {PlaygroundPidFile})\"";

    public static string PlaygroundPage => $"http://127.0.0.1:{PlaygroundPort}";

    public const string Teams =
        "In Teams: register the bot in Azure, build the app package with manifest/package.sh and upload it " +
        "(Apps > Manage your apps > Upload a custom app); the README's \"Register the bot in Azure and sideload it\" has the steps.";

    public static string Services(bool sandbox) => sandbox
        ? "Bookings and Business Central: the built-in sandbox (invented sample data; nothing is sent to Microsoft)."
        : "Bookings and Business Central: your real Microsoft Bookings and Business Central, as configured.";

    /// <summary>
    /// A listening address as a URL a client on this machine can open: a wildcard host (<c>+</c>, <c>*</c>,
    /// <c>0.0.0.0</c>, <c>[::]</c>) becomes <c>localhost</c>.
    /// </summary>
    public static string LocalOrigin(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal),
            UriKind.Absolute, out Uri? uri))
        {
            return address.TrimEnd('/');
        }
        string host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
