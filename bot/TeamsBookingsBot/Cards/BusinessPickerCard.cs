using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// Asked in a conversation linked to no business when the tenant has several: which business the list is about, once
/// or for good ("This chat is about …"). Names are shown as Bookings has them, cut to the card's name length.
/// </summary>
public static class BusinessPickerCard
{
    /// <param name="query">The list asked for; each button names its business in it.</param>
    public static AdaptiveCard Build(IReadOnlyList<BookingsBusiness> businesses, BookingListQuery query, bool readyToInvoice)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Which Bookings business is this about?",
            Body =
            {
                CardText.Heading("Which business?"),
                new AdaptiveTextBlock(
                    $"This chat is linked to no business, and there are {businesses.Count}. Pick the one to list {query.RangeLabel} for, "
                    + "or link this chat to it so that you are not asked again.") { Wrap = true },
            },
        };
        foreach (BookingsBusiness business in businesses)
        {
            string name = CardText.Quote(business.DisplayName, UninvoicedBookingsCard.MaxNameLength);
            BookingListQuery about = query with { BusinessId = business.Id };
            card.Body.Add(new AdaptiveActionSet
            {
                Separator = true,
                Actions =
                {
                    new PickBusinessActionData(about, readyToInvoice).ToExecuteAction(name),
                    new PickBusinessActionData(about, readyToInvoice, Link: true).ToExecuteAction("This chat is about " + name),
                },
            });
        }
        return card;
    }
}
