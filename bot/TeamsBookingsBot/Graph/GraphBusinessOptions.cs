namespace TeamsBookingsBot.Graph;

/// <summary>One Bookings business to sync (an item of <c>Graph:Businesses</c>).</summary>
public sealed class GraphBusinessOptions
{
    /// <summary>The booking mailbox's SMTP address, e.g. <c>contosohair@contoso.onmicrosoft.com</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Shown instead of the name Bookings has, when set.</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// Windows or IANA zone the business works in (Graph v1.0 does not expose it). Cards show times in it.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>ISO 4217 code used when Bookings reports no defaultCurrencyIso.</summary>
    public string? Currency { get; set; }

    public int SyncIntervalMinutes { get; set; } = 15;
}
