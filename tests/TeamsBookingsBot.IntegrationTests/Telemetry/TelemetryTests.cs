using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.BookingSync;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Teams;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Telemetry;

/// <summary>The bot's spans and instruments are recorded by a real turn, a real sync and a real invoice run.</summary>
[Collection(AppHostCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private const string Meter = "TeamsBookingsBot";

    private readonly SpanRecorder spans = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tbb-telemetry-").FullName;

    public void Dispose()
    {
        spans.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Turn_MessageAndInvoke_CountedByTypeTimedAndOneSpanEach()
    {
        await using FakeConnector connector = await FakeConnector.StartAsync();
        using BotApplicationFactory app = new();
        IMeterFactory meters = app.Services.GetRequiredService<IMeterFactory>();
        using MetricCollector<long> activities = new(meters, Meter, "bot.activities");
        using MetricCollector<double> invokes = new(meters, Meter, "bot.invoke.duration");
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, "telemetry-invoke");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Help, ["data"] = new HelpActionData().ToJsonObject() },
        };

        Assert.Equal(HttpStatusCode.OK, (await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "help", "telemetry-message"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostActivityAsync(invoke)).StatusCode);

        Assert.Equal([("message", null), ("invoke", "adaptiveCard/action")],
            activities.GetMeasurementSnapshot().Select(m => ((string?)m.Tags["activity.type"], (string?)m.Tags["activity.name"])));
        CollectedMeasurement<double> answered = Assert.Single(invokes.GetMeasurementSnapshot());
        Assert.Equal("adaptiveCard/action", answered.Tags["activity.name"]);
        Assert.Equal(200, answered.Tags["invoke.status"]);
        Activity message = Assert.Single(spans.Where("activity.id", "telemetry-message"));
        Assert.Equal("turn message", message.DisplayName);
        Activity action = Assert.Single(spans.Where("activity.id", "telemetry-invoke"));
        Assert.Equal("turn adaptiveCard/action", action.DisplayName);
        Assert.Equal(200, action.GetTagItem("invoke.status"));
    }

    [Fact]
    public async Task Sync_OneRunOfABusiness_TimedWithItsDetailRequestsAndOneSpan()
    {
        var source = new RecordingBookingsSource();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
        await using SchedulingHost host = await SchedulingHost.StartAsync(folder, source, time);
        using MetricCollector<double> durations = new(host.Services.GetRequiredService<IMeterFactory>(), Meter, "bot.sync.duration");

        // The first firing runs at start; wait for its measurement (an event, not a sleep).
        await durations.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(30));

        CollectedMeasurement<double> run = durations.GetMeasurementSnapshot()[0];
        Assert.Equal("succeeded", run.Tags["sync.outcome"]);
        Assert.True(run.Value >= 0);
        Activity span = await spans.WaitForAsync("sync.business", SchedulingHost.Business);
        Assert.Equal("sync " + SchedulingHost.Business, span.DisplayName);
        Assert.NotNull(span.GetTagItem("sync.detail_requests"));
    }

    [Fact]
    public async Task InvoiceRun_TwoDraftsCreated_CountedAndOneSpanForTheRun()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        using MetricCollector<long> created = new(bot.Services.GetRequiredService<IMeterFactory>(), Meter, "bot.invoices.created");
        bot.Bookings.Add(Haircut(1, Helen), Haircut(2, Robert));
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(Haircut(1, Helen), Haircut(2, Robert)), Alice, CancellationToken.None);

        InvoiceRunResult result = await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, CancellationToken.None);
        await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, CancellationToken.None); // a double click creates nothing

        Assert.Equal(2, result.Created.Count);
        Assert.Equal(2, created.GetMeasurementSnapshot().EvaluateAsCounter());
        Activity[] runs = [.. spans.Where("invoice.run_id", preview.RunId).Where(s => s.DisplayName == "invoice run")];
        Assert.Equal(2, runs.Length);
        Assert.Equal([2, 2], runs.Select(r => r.GetTagItem("invoice.created")));
    }

    [Theory]
    [InlineData(null, null, "Development", false)]
    [InlineData("http://127.0.0.1:4317", null, "Production", true)]
    [InlineData(null, "true", "Development", true)]
    [InlineData(null, "true", "Production", false)]
    public void Exporter_ChosenByConfiguration_NoneByDefault(string? otlpEndpoint, string? console, string environment, bool exports)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExtensions.OtlpEndpointKey] = otlpEndpoint,
            [TelemetryExtensions.ConsoleKey] = console,
        });
        builder.AddBotTelemetry();
        using IHost host = builder.Build();

        Assert.Equal(exports, host.Services.GetService<TracerProvider>() is not null);
        Assert.Equal(exports, host.Services.GetService<MeterProvider>() is not null);
    }
}
