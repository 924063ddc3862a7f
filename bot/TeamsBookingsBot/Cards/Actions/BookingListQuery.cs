namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// A list of uninvoiced bookings as a card shows it: the period (UTC bounds and the label the user saw), the
/// filters and the page. Buttons carry it so that paging, "Invoice all" and "Back" act on exactly that list.
/// </summary>
public sealed record BookingListQuery(
    string BusinessId,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    string RangeLabel,
    string? Customer = null,
    string? Service = null,
    string? Staff = null,
    int PageIndex = 0)
{
    internal bool IsValid() =>
        !string.IsNullOrWhiteSpace(BusinessId) && BusinessId.Length <= 320
        && FromUtc < ToUtc
        && RangeLabel is { Length: > 0 and <= 100 }
        && Customer is not { Length: 0 or > 200 }
        && Service is not { Length: 0 or > 200 }
        && Staff is not { Length: 0 or > 200 }
        && PageIndex is >= 0 and < 10_000;
}
