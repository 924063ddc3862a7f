using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// A fake Graph v1.0 that serves the recorded fixtures (fixtures/graph) as they are. Which calendarView
/// body a mailbox gets is chosen by <see cref="CalendarViews"/>; it records every raw request target.
/// </summary>
internal sealed class FixtureGraphApi
{
    public const string DocsMailbox = "Contosolunchdelivery@contoso.com";
    public const string PagedMailbox = "paged@contoso.com";
    public const string EdgeMailbox = "edge@contoso.com";
    public const string LegacyNamesMailbox = "legacynames@contoso.com";

    /// <summary>Mailbox (case-insensitive) to a calendarView body; the argument is the base URL.</summary>
    public Dictionary<string, Func<string, string>> CalendarViews { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [DocsMailbox] = _ => Read("calendarview.v1.normalized.json"),
        [PagedMailbox] = baseUrl => Read("appointments-page1.synthetic.json").Replace("{{baseUrl}}", baseUrl, StringComparison.Ordinal),
        [EdgeMailbox] = _ => Read("appointments-edgecases.synthetic.json"),
        [LegacyNamesMailbox] = _ => Read("calendarview.v1.docs-legacy-names.json"),
    };

    public ConcurrentQueue<string> RequestTargets { get; } = new();

    public static string Read(string file) => File.ReadAllText(SharedPaths.Fixture("graph", file));

    public void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            RequestTargets.Enqueue(http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
            await next(http);
        });
        RouteGroupBuilder business = app.MapGroup("/v1.0/solutions/bookingBusinesses/{id}");
        business.MapGet("", () => Json("""{"id":"Contosolunchdelivery@contoso.com","displayName":"Contoso lunch delivery","defaultCurrencyIso":"usd"}"""));
        business.MapGet("/calendarView", (HttpContext http, string id) =>
            CalendarViews.TryGetValue(Uri.UnescapeDataString(id), out Func<string, string>? body)
                ? Json(body($"{http.Request.Scheme}://{http.Request.Host}/v1.0"))
                : NotFound());
        business.MapGet("/appointments", (HttpContext http) =>
            http.Request.Query["$skiptoken"] == "SYNTHETIC-PAGE-2" ? Json(Read("appointments-page2.synthetic.json")) : NotFound());
        business.MapGet("/appointments/{appointmentId}", (string appointmentId) =>
        {
            string wanted = Uri.UnescapeDataString(appointmentId);
            JsonNode? found = new[] { "appointments-list.v1.json", "appointments-edgecases.synthetic.json" }
                .SelectMany(f => JsonNode.Parse(Read(f))!["value"]!.AsArray())
                .FirstOrDefault(a => (string?)a!["id"] == wanted);
            return found is null ? NotFound() : Json(found.ToJsonString());
        });
        business.MapGet("/services", () => Json(Read("services-list.v1.json")));
        business.MapGet("/customers", () => Json(Read("customers-list.v1.json")));
        // No staffMembers fixture exists: one synthetic member in the documented shape.
        business.MapGet("/staffMembers", () => Json("""
            {"value":[{"@odata.type":"#microsoft.graph.bookingStaffMember","id":"8ee1c803-a1fa-406d-8259-7ab53233f148",
              "displayName":"Dana Swope","emailAddress":"danas@contoso.com","role":"administrator"}]}
            """));
    }

    private static IResult Json(string body) => Results.Text(body, "application/json");

    private static IResult NotFound() => Results.Text(
        """{"error":{"code":"ErrorItemNotFound","message":"The specified object was not found in the store."}}""",
        "application/json", statusCode: 404);
}
