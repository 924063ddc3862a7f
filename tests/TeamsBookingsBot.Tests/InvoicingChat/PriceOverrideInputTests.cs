using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.InvoicingChat;

public sealed class PriceOverrideInputTests
{
    private static CardActionRequest Request(Dictionary<string, string> inputs) =>
        new(new InvoicePreviewActionData(["a", "b", "c", "d", "e"], Guid.NewGuid()), inputs);

    [Fact]
    public void PriceOverrides_TypedValues_ParsedInvariantRoundedAndBlanksLeftOut()
    {
        CardActionRequest request = Request(new()
        {
            [CardInputIds.PriceOverride("a")] = "45",
            [CardInputIds.PriceOverride("b")] = " 62.555 ",
            [CardInputIds.PriceOverride("c")] = "",
            [CardInputIds.PriceOverride("d")] = "12,50",
            [CardInputIds.PriceOverride("e")] = "-5",
            [CardInputIds.PriceOverride("not-on-card")] = "10",
        });

        IReadOnlyDictionary<string, decimal> prices = CardInputIds.PriceOverrides(request, ["a", "b", "c", "d", "e"]);

        Assert.Equal(new Dictionary<string, decimal> { ["a"] = 45m, ["b"] = 62.56m, ["e"] = -5m }, prices);
    }

    [Fact]
    public void PriceOverride_Id_IsPrefixedAndDistinctFromTheSelectToggle()
    {
        Assert.Equal("price:appt-1", CardInputIds.PriceOverride("appt-1"));
        Assert.NotEqual(CardInputIds.SelectBooking("appt-1"), CardInputIds.PriceOverride("appt-1"));
    }
}
