using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using GraphModels = Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

/// <summary>Graph Bookings models to domain records.</summary>
internal static class GraphBookingMapper
{
    public static Booking ToBooking(string businessId, GraphModels.BookingAppointment a)
    {
        string id = string.IsNullOrEmpty(a.Id)
            ? throw Invalid(businessId, "Microsoft Graph returned an appointment without an id.")
            : a.Id;
        DateTimeOffset start = ToUtc(businessId, id, a.StartDateTime, "startDateTime");
        DateTimeOffset end = ToUtc(businessId, id, a.EndDateTime, "endDateTime");
        return new Booking
        {
            BusinessId = businessId,
            AppointmentId = id,
            ServiceId = a.ServiceId,
            ServiceName = a.ServiceName ?? "",
            Price = ToMoney(businessId, a.Price),
            PriceType = ToPriceType(a.PriceType),
            StartUtc = start,
            EndUtc = end,
            OriginalTimeZone = a.StartDateTime?.TimeZone,
            Duration = a.Duration is { } d && d > TimeSpan.Zero ? d : end - start,
            Customers = ToCustomers(a),
            StaffMemberIds = a.StaffMemberIds?.Where(s => !string.IsNullOrEmpty(s)).ToArray() ?? [],
            SelfServiceAppointmentId = a.SelfServiceAppointmentId,
            LastUpdatedUtc = a.LastUpdatedDateTime?.ToUniversalTime(),
        };
    }

    public static Domain.BookingService ToService(string businessId, GraphModels.BookingService s, string? currency) => new(
        s.Id ?? throw Invalid(businessId, "Microsoft Graph returned a service without an id."),
        s.DisplayName ?? "",
        ToMoney(businessId, s.DefaultPrice),
        ToPriceType(s.DefaultPriceType),
        s.DefaultDuration ?? TimeSpan.Zero,
        currency);

    public static BookingsCustomerRecord ToCustomerRecord(string businessId, GraphModels.BookingCustomerBase c) => c switch
    {
        GraphModels.BookingCustomer typed => new(
            typed.Id ?? throw Invalid(businessId, "Microsoft Graph returned a customer without an id."),
            typed.DisplayName ?? "",
            typed.EmailAddress,
            typed.Phones?.Where(p => !string.IsNullOrWhiteSpace(p.Number))
                .OrderBy(p => p.Type == GraphModels.PhoneType.Mobile ? 0 : 1)
                .Select(p => p.Number)
                .FirstOrDefault()),
        // Without @odata.type the SDK keeps the abstract base and puts every field in AdditionalData.
        _ => new(
            c.Id ?? throw Invalid(businessId, "Microsoft Graph returned a customer without an id."),
            Text(c.AdditionalData, "displayName") ?? "",
            Text(c.AdditionalData, "emailAddress"),
            null),
    };

    public static StaffMember ToStaffMember(string businessId, GraphModels.BookingStaffMemberBase s) => s switch
    {
        GraphModels.BookingStaffMember typed => new(
            typed.Id ?? throw Invalid(businessId, "Microsoft Graph returned a staff member without an id."),
            typed.DisplayName ?? "",
            typed.EmailAddress),
        _ => new(
            s.Id ?? throw Invalid(businessId, "Microsoft Graph returned a staff member without an id."),
            Text(s.AdditionalData, "displayName") ?? "",
            Text(s.AdditionalData, "emailAddress")),
    };

    public static BookingPriceType ToPriceType(GraphModels.BookingPriceType? type) => type switch
    {
        GraphModels.BookingPriceType.Undefined => BookingPriceType.Undefined,
        GraphModels.BookingPriceType.FixedPrice => BookingPriceType.FixedPrice,
        GraphModels.BookingPriceType.StartingAt => BookingPriceType.StartingAt,
        GraphModels.BookingPriceType.Hourly => BookingPriceType.Hourly,
        GraphModels.BookingPriceType.Free => BookingPriceType.Free,
        GraphModels.BookingPriceType.PriceVaries => BookingPriceType.PriceVaries,
        GraphModels.BookingPriceType.CallUs => BookingPriceType.CallUs,
        GraphModels.BookingPriceType.NotSet => BookingPriceType.NotSet,
        null => BookingPriceType.NotSet,
        _ => BookingPriceType.UnknownFutureValue,
    };

    private static BookingCustomer[] ToCustomers(GraphModels.BookingAppointment a)
    {
        BookingCustomer[] customers = (a.Customers ?? [])
            .Select(ToCustomer)
            .Where(c => c.CustomerId is not null || c.Name is not null || c.Email is not null || c.Phone is not null)
            .ToArray();
        // The legacy single-customer fields are a fallback only: they are null for group bookings and are not
        // filled consistently. Used only when customers[] is empty AND they carry a name or an email; such a
        // customer has no CustomerId.
        if (customers.Length == 0 && (!string.IsNullOrWhiteSpace(a.CustomerName) || !string.IsNullOrWhiteSpace(a.CustomerEmailAddress)))
        {
            return [new BookingCustomer(null, Blank(a.CustomerName), Blank(a.CustomerEmailAddress), Blank(a.CustomerPhone))];
        }
        return customers;
    }

    private static BookingCustomer ToCustomer(GraphModels.BookingCustomerInformationBase c) => c switch
    {
        GraphModels.BookingCustomerInformation typed =>
            new(Blank(typed.CustomerId), Blank(typed.Name), Blank(typed.EmailAddress), Blank(typed.Phone)),
        // Items without "@odata.type" stay the base type; their fields are strings in AdditionalData.
        _ => new(
            Blank(Text(c.AdditionalData, "customerId")),
            Blank(Text(c.AdditionalData, "name")),
            Blank(Text(c.AdditionalData, "emailAddress")),
            Blank(Text(c.AdditionalData, "phone"))),
    };

    private static string? Text(IDictionary<string, object>? data, string key) =>
        data is not null && data.TryGetValue(key, out object? value)
            ? value switch
            {
                string s => s,
                UntypedString u => u.GetValue(),
                // Kiota turns untyped strings that look like a GUID or a date into those types.
                Guid g => g.ToString(),
                DateTimeOffset d => d.ToString("o", CultureInfo.InvariantCulture),
                _ => null,
            }
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static decimal ToMoney(string businessId, double? value) => value switch
    {
        null => 0m,
        // Graph sends prices as doubles. A unit price is not an amount: an hourly 45.555 must stay 45.555, or 90 minutes
        // would bill 1.5 × 45.56 = 68.34 instead of 68.33. Four decimals is what the stores keep (numeric(19,4)).
        { } d when double.IsFinite(d) && Math.Abs(d) < 1e15 => decimal.Round((decimal)d, 4, MidpointRounding.AwayFromZero),
        _ => throw Invalid(businessId, "Microsoft Graph returned a price the bot cannot read."),
    };

    private static DateTimeOffset ToUtc(string businessId, string appointmentId, GraphModels.DateTimeTimeZone? value, string property) =>
        value is null
            ? throw Invalid(businessId,
                $"Microsoft Graph returned appointment {appointmentId} without {property} (a server using the docs' legacy start/end names?).")
            : GraphTime.ToUtc(value)
                ?? throw Invalid(businessId,
                    $"Microsoft Graph returned appointment {appointmentId} with {property} '{value.DateTime}' in time zone '{value.TimeZone}', which the bot cannot read.");

    private static BookingsSourceException Invalid(string businessId, string message) =>
        new(businessId, BookingsSourceFailure.InvalidResponse, message);
}
