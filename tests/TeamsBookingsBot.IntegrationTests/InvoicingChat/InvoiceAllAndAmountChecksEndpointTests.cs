using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>
/// Issue 8, points 6 and 15 through the real endpoint: a confirmed amount reaches the plan, and "Invoice all" creates
/// nothing beyond a few bookings unless the card asked about exactly as many as there are.
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class InvoiceAllAndAmountChecksEndpointTests : IAsyncLifetime
{
    private InvoicingChatApp app = null!;

    public async Task InitializeAsync() => app = await InvoicingChatApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task UpdatePreview_WithAnAmountConfirmed_PlansWithThatConfirmation()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "a2");
        var data = new InvoicePreviewActionData(["a1", "a2"], list) { Query = query };

        await app.InvokeAsync(data, new Dictionary<string, string>
        {
            [CardInputIds.ConfirmAmount("a1")] = "250000.00",
            [CardInputIds.ConfirmAmount("a2")] = "false",
        });

        InvoiceSelection selection = Assert.Single(app.Invoicing.Previews).Selection;
        Assert.Equal(new Dictionary<string, decimal> { ["a1"] = 250_000m }, selection.Adjustments.ConfirmedAmounts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4)]
    public async Task InvoiceAll_MoreBookingsThanTheCardAskedAbout_ShowsThePreviewAndCreatesNothing(int? count)
    {
        AddBookings(5);
        (Guid list, BookingListQuery query) = await app.ListShownAsync();

        (JsonObject response, _) = await app.InvokeAsync(new InvoiceAllActionData(query, list) { Count = count });

        Assert.Equal(0, app.Invoicing.ConfirmCalls);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        Assert.NotNull(Button(response["value"]!, "Confirm"));
    }

    [Fact]
    public async Task InvoiceAll_AsManyBookingsAsTheCardAskedAbout_CreatesTheDrafts()
    {
        AddBookings(5);
        (Guid list, BookingListQuery query) = await app.ListShownAsync();

        await app.InvokeAsync(new InvoiceAllActionData(query, list) { Count = 5 });

        Assert.Equal(1, app.Invoicing.ConfirmCalls);
    }

    [Fact]
    public async Task InvoiceAll_AFewBookings_CreatesAtOnePressEvenFromAnOlderCard()
    {
        AddBookings(3);
        (Guid list, BookingListQuery query) = await app.ListShownAsync();

        await app.InvokeAsync(new InvoiceAllActionData(query, list));

        Assert.Equal(1, app.Invoicing.ConfirmCalls);
    }

    private void AddBookings(int count) =>
        app.Bookings.Bookings.AddRange(Enumerable.Range(0, count).Select(i => InvoiceSamples.Booking($"b-{i}", 9 + i)));
}
