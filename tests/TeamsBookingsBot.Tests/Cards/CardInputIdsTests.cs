using System.Text.Json;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards;

public sealed class CardInputIdsTests
{
    [Fact]
    public void SelectedBookings_TogglesMergedIntoData_KeepsTickedAndUnsentOnly()
    {
        var data = new MarkInvoicedActionData(["a", "b", "c"], new BookingListQuery(
            "biz@contoso.com", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), "today")).ToJsonObject();
        data[CardInputIds.SelectBooking("a")] = "true";
        data[CardInputIds.SelectBooking("b")] = "false";
        // "c" sent no value: toggles default to on, so it counts as ticked.
        Assert.True(CardActionParser.TryParse(JsonSerializer.SerializeToElement(data), out CardActionRequest? request));

        IReadOnlyList<string> selected = CardInputIds.SelectedBookings(request, ((MarkInvoicedActionData)request.Data).AppointmentIds);

        Assert.Equal(["a", "c"], selected);
    }
}
