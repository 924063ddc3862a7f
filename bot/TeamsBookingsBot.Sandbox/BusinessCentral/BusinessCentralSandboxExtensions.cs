using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Sandbox.Diagnostics;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

public static class BusinessCentralSandboxExtensions
{
    public const string DefaultPrefix = "/sandbox/bc/api/v2.0";

    /// <summary>
    /// Registers one sandbox (options from <c>Sandbox:BusinessCentral</c>, latency also from <c>Sandbox:BcLatencyMs</c>)
    /// for <see cref="MapSandboxBusinessCentral(WebApplication)"/>. With the sandbox on, CRONUS is seeded from the salon
    /// and Fabrikam B.V. from the physio practice, so invoicing either meets every case: most customers exist, one is
    /// missing, one email is on two customers, most services have items, one does not.
    /// </summary>
    public static IHostApplicationBuilder AddSandboxBusinessCentral(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.AddOptions<BusinessCentralSandboxOptions>().BindConfiguration(BusinessCentralSandboxOptions.Section)
            .PostConfigure<IOptions<SandboxOptions>>((options, sandbox) =>
            {
                if (options.Latency == TimeSpan.Zero && sandbox.Value.BcLatencyMs > 0)
                {
                    options.Latency = TimeSpan.FromMilliseconds(sandbox.Value.BcLatencyMs);
                }
            });
        builder.Services.TryAddSingleton(sp =>
        {
            var sandbox = new BusinessCentralSandbox(sp.GetRequiredService<IOptions<BusinessCentralSandboxOptions>>().Value, sp.GetService<TimeProvider>());
            if (sp.GetRequiredService<IOptions<SandboxOptions>>().Value.Enabled && sp.GetService<SandboxBookingsBusinesses>() is { } bookings)
            {
                ILogger logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsBookingsBot.Sandbox.BusinessCentral");
                foreach ((Guid companyId, string companyName, SandboxBookingsData business) in new[]
                {
                    (BusinessCentralSandbox.CronusCompanyId, BusinessCentralSandbox.CronusCompanyName, bookings.Salon),
                    (BusinessCentralSandbox.FabrikamCompanyId, BusinessCentralSandbox.FabrikamCompanyName, bookings.Physio),
                })
                {
                    BusinessCentralSandboxSeedReport report = sandbox.SeedFromBookings(companyId,
                        business.Customers.Select(c => (c.DisplayName, c.Email ?? "")),
                        business.Services.Select(s => (s.Name, s.DefaultPrice)));
                    logger.BusinessCentralSandboxSeeded(companyName, business.Profile.Name, report.CustomersCreated, report.ItemsCreated);
                }
            }
            return sandbox;
        });
        return builder;
    }

    /// <summary>
    /// Maps the registered sandbox at <c>/sandbox/bc/api/v2.0</c>, and its web client pages at <c>/sandbox/bc/web</c>,
    /// when Sandbox:Enabled is true.
    /// </summary>
    public static WebApplication MapSandboxBusinessCentral(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Enabled)
        {
            BusinessCentralSandbox sandbox = app.Services.GetService<BusinessCentralSandbox>() ?? new BusinessCentralSandbox();
            app.MapSandboxBusinessCentral(DefaultPrefix, sandbox);
            app.MapSandboxBcWebClient(SandboxBcWebClient.DefaultPrefix, sandbox);
        }
        return app;
    }

    /// <summary>Maps <paramref name="sandbox"/> at any prefix; the prefix plays the role of BC's <c>.../api/v2.0</c>.</summary>
    public static IEndpointConventionBuilder MapSandboxBusinessCentral(this IEndpointRouteBuilder endpoints, string prefix, BusinessCentralSandbox sandbox)
    {
        string trimmed = "/" + prefix.Trim('/');
        return endpoints.Map(trimmed + "/{**path}", context => HandleAsync(context, trimmed, sandbox));
    }

    private static async Task HandleAsync(HttpContext context, string prefix, BusinessCentralSandbox sandbox)
    {
        if (sandbox.Options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(sandbox.Options.Latency, context.RequestAborted);
        }
        string method = context.Request.Method.ToUpperInvariant();
        string path = context.Request.RouteValues["path"] as string ?? "";
        string root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{prefix}/";
        if (sandbox.Faults.TryTakeThrottle(out int throttleStatus, out string retryAfter))
        {
            sandbox.CountThrottled(method, path);
            context.Response.Headers.RetryAfter = retryAfter;
            await WriteAsync(context, SandboxBcResult.Error(throttleStatus, "Application_TooManyRequests",
                "The request limit for this user has been reached. Try again later."));
            return;
        }
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException ex)
            {
                await WriteAsync(context, SandboxBcResult.Error(400, "BadRequest", "Invalid JSON in request body: " + ex.Message));
                return;
            }
        }
        Dictionary<string, string> query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        SandboxBcResult result;
        try
        {
            result = path.Trim('/') == "$batch" && method == "POST"
                ? sandbox.ExecuteBatchCounted(body, IsSnapshot(context), root, prefix)
                : sandbox.Execute(method, path, query, body, root);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            result = SandboxBcResult.Error(400, "BadRequest", "A property has a value of the wrong type: " + ex.Message);
        }
        if (method == "POST" && sandbox.Faults.TryTakeDrop())
        {
            context.Abort(); // processed but never answered: the client cannot know whether it happened
            return;
        }
        await WriteAsync(context, result);
    }

    private static bool IsSnapshot(HttpContext context) =>
        string.Equals(context.Request.Headers["Isolation"].ToString(), "snapshot", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteAsync(HttpContext context, SandboxBcResult result)
    {
        context.Response.StatusCode = result.Status;
        if (result.Body is not null)
        {
            context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true";
            await context.Response.WriteAsync(result.Body.ToJsonString(), context.RequestAborted);
        }
    }
}
