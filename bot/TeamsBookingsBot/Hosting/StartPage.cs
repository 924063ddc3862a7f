using System.Text.Encodings.Web;

namespace TeamsBookingsBot.Hosting;

/// <summary>
/// <c>GET /</c>: a small page that says the bot is running and how to talk to it, with links to the health endpoints.
/// It names no configuration value and runs no script; only the sandbox/real line and the address it was opened
/// with differ between installations.
/// </summary>
internal static class StartPage
{
    // No script, no outside resources: the browser is told so, whatever the page holds.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IResult Serve(HttpContext http, SandboxMode sandbox)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(Html($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}", sandbox.Enabled), "text/html; charset=utf-8");
    }

    /// <param name="origin">The address the page was opened with (scheme, host and port), so the command works as shown.</param>
    internal static string Html(string origin, bool sandbox)
    {
        HtmlEncoder e = HtmlEncoder.Default;
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>TeamsBookingsBot is running</title>
            <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}pre{background:#f3f3f3;padding:.75rem;overflow-x:auto}</style>
            </head>
            <body>
            <h1>TeamsBookingsBot is running</h1>
            <p>This address is the bot's own: you don't use the bot in a browser, you talk to it in Microsoft Teams, or on this
            machine in Microsoft 365 Agents Playground (Microsoft's local Teams emulator).</p>
            <p>{{e.Encode(NextStep.Services(sandbox))}}</p>
            <h2>Talk to it locally</h2>
            <p>In a second terminal, in the repository folder (Node.js 20 with npm needed):</p>
            <pre>{{e.Encode(NextStep.PlaygroundInstall)}}
            {{e.Encode(NextStep.PlaygroundStart(origin))}}</pre>
            <p>Then open <a href="{{e.Encode(NextStep.PlaygroundPage)}}">{{e.Encode(NextStep.PlaygroundPage)}}</a> and type <code>help</code>.
            When you are done, stop the playground (start.sh saved its process id):</p>
            <pre>{{e.Encode(NextStep.PlaygroundStop)}}</pre>
            <h2>Talk to it in Teams</h2>
            <p>{{e.Encode(NextStep.Teams)}}</p>
            <h2>Health</h2>
            <ul>
            <li><a href="/health">/health</a>: answers 200 while the bot is running.</li>
            <li><a href="/ready">/ready</a>: answers 200 when its database is reachable and its scheduler has started.</li>
            </ul>
            </body>
            </html>
            """;
    }
}
