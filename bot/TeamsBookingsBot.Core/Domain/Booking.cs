namespace TeamsBookingsBot.Domain;

/// <summary>
/// A Microsoft Bookings appointment as the bot stores it: everything invoicing needs.
/// Times are UTC; <see cref="OriginalTimeZone"/> is the zone Graph sent them in.
/// Graph has no status field, so <see cref="CancelledUtc"/> is set when the appointment vanished
/// from the sync window before it ended.
/// </summary>
public sealed record Booking
{
    public required string BusinessId { get; init; }
    public required string AppointmentId { get; init; }
    public string? ServiceId { get; init; }
    public required string ServiceName { get; init; }
    public decimal Price { get; init; }
    public BookingPriceType PriceType { get; init; }
    public required DateTimeOffset StartUtc { get; init; }
    public required DateTimeOffset EndUtc { get; init; }
    public string? OriginalTimeZone { get; init; }
    public TimeSpan Duration { get; init; }
    public IReadOnlyList<BookingCustomer> Customers { get; init; } = [];
    public IReadOnlyList<string> StaffMemberIds { get; init; } = [];
    public string? SelfServiceAppointmentId { get; init; }
    public DateTimeOffset? LastUpdatedUtc { get; init; }
    public DateTimeOffset? CancelledUtc { get; init; }

    public bool IsCancelled => CancelledUtc is not null;
}
