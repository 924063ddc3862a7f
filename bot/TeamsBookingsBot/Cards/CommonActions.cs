using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

internal static class CommonActions
{
    public static AdaptiveExecuteAction ShowYesterday() =>
        new ShowUninvoicedActionData(BookingRange.Yesterday).ToExecuteAction("Show yesterday's bookings");

    public static AdaptiveExecuteAction Help() => new HelpActionData().ToExecuteAction("Help");

    public static AdaptiveExecuteAction SyncNow() => new SyncNowActionData().ToExecuteAction("Sync now");

    public static AdaptiveExecuteAction Setup() => new SetupShowActionData().ToExecuteAction("Setup");

    public static AdaptiveExecuteAction SyncStatus() => new SyncStatusActionData().ToExecuteAction("Sync status");
}
