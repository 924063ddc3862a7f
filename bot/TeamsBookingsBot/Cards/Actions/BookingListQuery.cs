using System.Text.Json.Serialization;
using TeamsBookingsBot.Application;

namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// A list of uninvoiced bookings as a card shows it: the period (UTC bounds and the label the user saw), the
/// filters and the page. Buttons carry it so that paging, "Invoice all" and "Back" act on exactly that list.
/// <see cref="PageSize"/> travels too: a list whose rows would not fit Teams' 28 KB card limit is shown in
/// smaller pages, and every page of it must agree on where a page starts. <see cref="IncludeFree"/> lists free bookings
/// too (left out when false, and not written then, so older cards read the same). A page is named by where it starts
/// (<see cref="PageStartUtc"/> and <see cref="PageStartId"/>, the start time and appointment id of its first row, or with
/// <see cref="PageBefore"/> the row just after it): keyset paging, so page 300 costs what page 1 costs; <see cref="PageStartRow"/>,
/// that row's place in the list, only numbers the page. Cards made before
/// carry only <see cref="PageIndex"/>.
/// </summary>
public sealed record BookingListQuery(
    string BusinessId,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    string RangeLabel,
    string? Customer = null,
    string? Service = null,
    string? Staff = null,
    int PageIndex = 0,
    int PageSize = UninvoicedBookingsCriteria.DefaultPageSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool IncludeFree = false,
    DateTimeOffset? PageStartUtc = null,
    string? PageStartId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool PageBefore = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageStartRow = null)
{
    public const int MaxPageSize = 50;

    /// <summary>Graph's appointment ids are about 150 characters; a longer one is not a position we made.</summary>
    public const int MaxPageStartIdLength = 512;

    /// <summary>A row number beyond any list a month of bookings makes; it only numbers the page.</summary>
    public const int MaxPageStartRow = 10_000_000;

    /// <summary>The page's position; null: page <see cref="PageIndex"/>.</summary>
    [JsonIgnore]
    public ListPosition? Position => PageStartUtc is { } start && PageStartId is { } id ? new ListPosition(start, id, PageBefore, PageStartRow) : null;

    /// <summary>The same list at <paramref name="position"/> (null: the first page).</summary>
    public BookingListQuery At(ListPosition? position) => this with
    {
        PageIndex = 0,
        PageStartUtc = position?.StartUtc,
        PageStartId = position?.AppointmentId,
        PageBefore = position?.Before ?? false,
        PageStartRow = position?.Row,
    };

    /// <summary>
    /// The list card the query was shown on (a stored list snapshot): a button pressed on it, or on a card it led to,
    /// is checked against the chat that card was made in. Null on cards made before lists were stored.
    /// </summary>
    public Guid? ListId { get; init; }

    internal bool IsValid() =>
        !string.IsNullOrWhiteSpace(BusinessId) && BusinessId.Length <= 320
        && ListId != Guid.Empty
        && FromUtc < ToUtc
        && RangeLabel is { Length: > 0 and <= 100 }
        && Customer is not { Length: 0 or > 200 }
        && Service is not { Length: 0 or > 200 }
        && Staff is not { Length: 0 or > 200 }
        && PageIndex is >= 0 and < 10_000
        && PageSize is >= 1 and <= MaxPageSize
        && (PageStartUtc is null) == (PageStartId is null)
        && PageStartId is not { Length: 0 or > MaxPageStartIdLength }
        && (!PageBefore || PageStartId is not null)
        && PageStartRow is not (< 0 or >= MaxPageStartRow)
        && (PageStartRow is null || PageStartId is not null);
}
