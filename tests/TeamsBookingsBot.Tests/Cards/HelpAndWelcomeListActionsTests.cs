using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.Cards;

/// <summary>The help and welcome cards teach "export audit log" and the list's Mark as invoiced and Exclude buttons.</summary>
public sealed class HelpAndWelcomeListActionsTests
{
    [Fact]
    public void HelpCard_Plain_ExplainsExportAuditLogAndTheListButtonsInPlainWords()
    {
        string text = CardJson.VisibleText(CardJson.Of(HelpCard.Build(HelpCardModel.Plain)));

        Assert.Contains("\nBookings that don't need a new invoice\n", text, StringComparison.Ordinal);
        Assert.Contains("Mark as invoiced: For bookings you already billed another way", text, StringComparison.Ordinal);
        Assert.Contains("Exclude…: For bookings you won't bill", text, StringComparison.Ordinal);
        Assert.Contains("\nRecords\n", text, StringComparison.Ordinal);
        Assert.Contains("export audit log: ", text, StringComparison.Ordinal);
        Assert.Contains("Excel", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\nInvoice\n", StringComparison.Ordinal) < text.IndexOf("Mark as invoiced", StringComparison.Ordinal));
    }

    [Fact]
    public void WelcomeCard_Always_ListsExportAuditLogAndNamesTheListButtons()
    {
        string text = CardJson.VisibleText(CardJson.Of(WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: false))));

        Assert.Contains("• export audit log\n", text + "\n", StringComparison.Ordinal);
        Assert.Contains("Mark as invoiced", text, StringComparison.Ordinal);
        Assert.Contains("Exclude…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListButtons_TheHelpExplains_AreTheButtonsTheListCardShows()
    {
        JsonObject list = CardJson.Of(UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(
            Contoso, Run([Booking("a1")]), Yesterday, Domain.BookingFilter.None, Now, LastSync, Guid.NewGuid(), false)));

        string?[] titles = [.. CardJson.TopLevelActions(list).Select(a => (string?)a["title"])];
        Assert.All(ListButtons.All, b => Assert.Contains(b.Title, titles));
        Assert.Contains(CardJson.TopLevelActions(list), a => (string?)a["title"] == ListButtons.MarkInvoiced.Title && (string?)a["verb"] == CardVerbs.MarkInvoiced);
    }
}
