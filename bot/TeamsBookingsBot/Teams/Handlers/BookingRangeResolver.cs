using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// A period named on a button, as the business's days it means (today being the user's date). Goes through the
/// chat parser so a button and the typed words ("last week") always mean the same days, with the same labels.
/// </summary>
internal static class BookingRangeResolver
{
    public static DateRange Resolve(BookingRange range, DateTimeOffset now, TimeZoneInfo zone) => Resolve(range, now, zone, zone);

    public static DateRange Resolve(BookingRange range, DateTimeOffset now, TimeZoneInfo userZone, TimeZoneInfo businessZone)
    {
        string phrase = range switch
        {
            BookingRange.Today => "today",
            BookingRange.Yesterday => "yesterday",
            BookingRange.ThisWeek => "this week",
            BookingRange.LastWeek => "last week",
            _ => throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown booking range."),
        };
        return ChatCommandParser.Parse(phrase, now, userZone, businessZone) is ChatCommand.ShowUninvoiced show
            ? show.Range
            : throw new InvalidOperationException($"The chat parser no longer reads \"{phrase}\" as a period.");
    }
}
