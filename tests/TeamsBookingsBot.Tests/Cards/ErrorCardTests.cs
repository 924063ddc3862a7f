using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards;

public sealed class ErrorCardTests
{
    [Fact]
    public void Build_Model_ShowsProblemNextStepAndReference()
    {
        JsonObject json = CardJson.Of(ErrorCard.Build(new ErrorCardModel(
            "I couldn't reach Business Central.", "Try again in a few minutes.", "4bf92f3577b34da6a3ce929d0e0e4736")));
        string text = CardJson.VisibleText(json);

        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Contains("I couldn't reach Business Central.", text, StringComparison.Ordinal);
        Assert.Contains("Try again in a few minutes.", text, StringComparison.Ordinal);
        Assert.Contains("Reference: 4bf92f3577b34da6a3ce929d0e0e4736", text, StringComparison.Ordinal);
        Assert.Null(json["actions"]);
    }

    [Fact]
    public void Build_WithRetry_OffersTryAgainWithTheRetryData()
    {
        JsonObject json = CardJson.Of(ErrorCard.Build(new ErrorCardModel(
            "The sync didn't finish.", "Try again.", "ref-1", new SyncNowActionData())));

        JsonObject action = Assert.Single(CardJson.TopLevelActions(json));
        Assert.Equal("Try again", (string?)action["title"]);
        Assert.Equal(CardVerbs.SyncNow, (string?)action["verb"]);
    }

    [Fact]
    public void Model_MultiLineText_IsRejectedSoAStackTraceCannotReachACard()
    {
        string stackTrace = new InvalidOperationException("boom").ToString() + "\n   at Foo.Bar()";

        Assert.Throws<ArgumentException>(() => new ErrorCardModel(stackTrace, "Try again.", "ref-1"));
        Assert.Throws<ArgumentException>(() => new ErrorCardModel("Failed.", new string('x', 301), "ref-1"));
        Assert.Throws<ArgumentException>(() => new ErrorCardModel("Failed.", "Try again.", "ref with spaces"));
    }

    [Fact]
    public void OutOfDateCard_TellsTheUserHowToGetAFreshList()
    {
        string text = CardJson.VisibleText(CardJson.Of(ErrorCard.Build(ErrorCardModel.OutOfDateCard("ref-2"))));

        Assert.Contains("out of date", text, StringComparison.Ordinal);
        Assert.Contains("show uninvoiced bookings", text, StringComparison.Ordinal);
    }
}
