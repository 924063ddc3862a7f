using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Testing;
using TeamsBookingsBot.Testing.Playground;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// Issues 4 and 5 as a person in a Teams chat does them, through Agents Playground against the real bot with its
/// sandbox Bookings (synced by the real Quartz job over the real Graph SDK) and sandbox Business Central.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PlaygroundInvoicingTests(BotPlaygroundFixture fixture)
{
    [Fact]
    public async Task Playground_ShowUninvoicedBookings_ReturnsTheListCard()
    {
        await WaitForFirstSyncAsync();
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();

        await chat.SayAsync("show uninvoiced bookings last week");
        PlaygroundMessage list = await chat.WaitForCardAsync("Uninvoiced bookings");

        JsonObject card = Assert.Single(list.Cards);
        Assert.Contains(SandboxBookingsData.BusinessName, CardJson.Text(card));
        Assert.Contains("Input.Toggle", CardJson.Text(card));
        Assert.NotNull(CardJson.FindExecute(card, CardVerbs.InvoicePreview));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCard.MaxSizeInBytes);
        CardCheckResult check = await TeamsCheck.CheckCardAsync("list", card.ToJsonString());
        Assert.True(check.Errors.Count == 0 && check.Warnings.Count == 0, check.Describe());
    }

    [Fact]
    public async Task Playground_InvoiceYesterdaysBookings_PreviewConfirm_CreatesDraftsOnceInBusinessCentral()
    {
        await WaitForFirstSyncAsync();
        BusinessCentralSandbox businessCentral = fixture.App.Services.GetRequiredService<BusinessCentralSandbox>();
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();

        // The bot's clock is a Wednesday, so yesterday is a working day with bookings to invoice.
        await chat.SayAsync("invoice yesterday's bookings");
        PlaygroundMessage list = await chat.WaitForCardAsync("Ready to invoice");
        JsonObject preview = CardJson.ResponseCard(await chat.ExecuteAsync(
            list.MessageId!, CardVerbs.InvoicePreview, CardJson.Data(FindButton(list.Cards[0], CardVerbs.InvoicePreview))));
        JsonObject confirm = FindButton(preview, CardVerbs.InvoiceCreate);
        int invoicesBefore = businessCentral.Invoices.Count;

        JsonObject result = CardJson.ResponseCard(await chat.ExecuteAsync(list.MessageId!, CardVerbs.InvoiceCreate, CardJson.Data(confirm)));

        string resultText = CardJson.Text(result);
        BusinessCentralSandboxInvoice[] created = [.. businessCentral.Invoices.Skip(invoicesBefore)];
        Assert.NotEmpty(created);
        Assert.All(created, invoice =>
        {
            Assert.Equal("Draft", invoice.Status);
            Assert.Contains(invoice.Number, resultText);
        });
        Assert.NotNull(CardJson.FindExecute(result, CardVerbs.InvoiceUndo));

        JsonObject again = CardJson.ResponseCard(await chat.ExecuteAsync(list.MessageId!, CardVerbs.InvoiceCreate, CardJson.Data(confirm)));

        Assert.Contains("created earlier", CardJson.Text(again));
        Assert.Equal(invoicesBefore + created.Length, businessCentral.Invoices.Count);
        CardCheckResult check = await TeamsCheck.CheckCardAsync("result", result.ToJsonString());
        Assert.True(check.Errors.Count == 0, check.Describe());
    }

    [Fact]
    public async Task Playground_MarkAsInvoiced_TakesThePageOffTheListWithoutAnInvoice()
    {
        await WaitForFirstSyncAsync();
        BusinessCentralSandbox businessCentral = fixture.App.Services.GetRequiredService<BusinessCentralSandbox>();
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();
        // Two weeks back, a Wednesday too: a day the other scenarios never touch.
        string day = DaysAgoInTheSalon(14).ToString("d MMM", CultureInfo.InvariantCulture);
        await chat.SayAsync("show uninvoiced bookings on " + day);
        PlaygroundMessage list = await chat.WaitForCardAsync("Uninvoiced bookings");
        JsonObject mark = FindButton(list.Cards[0], CardVerbs.MarkInvoiced);
        string[] marked = [.. mark["data"]!["appointmentIds"]!.AsArray().Select(id => id!.GetValue<string>())];
        int invoicesBefore = businessCentral.Invoices.Count;

        JsonObject after = CardJson.ResponseCard(await chat.ExecuteAsync(list.MessageId!, CardVerbs.MarkInvoiced, CardJson.Data(mark)));

        Assert.NotEmpty(marked);
        Assert.All(marked, id => Assert.DoesNotContain(id, CardJson.Text(after), StringComparison.Ordinal));
        Assert.Equal(invoicesBefore, businessCentral.Invoices.Count);
    }

    private static JsonObject FindButton(JsonObject card, string verb) =>
        CardJson.FindExecute(card, verb) ?? throw new Xunit.Sdk.XunitException($"No {verb} button on: {CardJson.Text(card)}");

    private DateTime DaysAgoInTheSalon(int days)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(SandboxBookingsData.TimeZoneId);
        return TimeZoneInfo.ConvertTime(fixture.App.Time.GetUtcNow(), zone).Date.AddDays(-days);
    }

    private async Task WaitForFirstSyncAsync()
    {
        await fixture.SyncsFinished.WaitForCountAsync(1, TimeSpan.FromSeconds(60));
        var status = fixture.App.Services.GetRequiredService<IBookingSyncStatusReader>();
        Assert.True(await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, CancellationToken.None) is not null,
            "The sandbox Bookings' first sync failed.");
    }
}
