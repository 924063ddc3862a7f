using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>Domain records to Graph v1.0 JSON, shaped like the documented responses (shared/fixtures/graph).</summary>
internal static class SandboxGraphJson
{
    private const string Context = "https://graph.microsoft.com/v1.0/solutions/$metadata#bookingBusinesses";

    // The documented throttling body (shared/fixtures/graph/error-429.body.json).
    public const string TooManyRequestsBody =
        """{"error":{"code":"TooManyRequests","innerError":{"code":"429","date":"2020-08-18T12:51:51","message":"Please retry after","request-id":"94fb3b52-452a-4535-a601-69e0a90e3aa2","status":"429"},"message":"Please retry again later."}}""";

    public static string Collection(string businessId, string entitySet, IEnumerable<JsonObject> items, string? nextLink)
    {
        var body = new JsonObject
        {
            ["@odata.context"] = $"{Context}('{Uri.EscapeDataString(businessId)}')/{entitySet}",
            ["value"] = new JsonArray([.. items]),
        };
        if (nextLink is not null)
        {
            body["@odata.nextLink"] = nextLink;
        }
        return body.ToJsonString();
    }

    public static string Error(string code, string message, DateTimeOffset now) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                ["request-id"] = Guid.NewGuid().ToString(),
            },
        },
    }.ToJsonString();

    public static JsonObject Appointment(Booking b, bool withCustomers, SandboxBusinessProfile business)
    {
        BookingCustomer[] customers = withCustomers ? [.. b.Customers] : [];
        BookingCustomer? single = customers.Length == 1 ? customers[0] : null;
        return new JsonObject
        {
            ["id"] = b.AppointmentId,
            ["selfServiceAppointmentId"] = b.SelfServiceAppointmentId,
            ["isLocationOnline"] = false,
            ["joinWebUrl"] = null,
            ["anonymousJoinWebUrl"] = null,
            ["customerTimeZone"] = business.CustomerTimeZone,
            ["smsNotificationsEnabled"] = false,
            ["serviceId"] = b.ServiceId,
            ["serviceName"] = b.ServiceName,
            ["duration"] = XmlConvert.ToString(b.Duration),
            ["preBuffer"] = "PT0S",
            ["postBuffer"] = "PT15M",
            ["priceType"] = PriceType(b.PriceType),
            ["price"] = (double)b.Price,
            ["serviceNotes"] = null,
            ["optOutOfCustomerEmail"] = false,
            ["maximumAttendeesCount"] = Math.Max(1, b.Customers.Count),
            ["filledAttendeesCount"] = b.Customers.Count,
            ["staffMemberIds"] = new JsonArray([.. b.StaffMemberIds.Select(s => (JsonNode?)s)]),
            ["startDateTime"] = DateTimeTimeZone(b.StartUtc),
            ["endDateTime"] = DateTimeTimeZone(b.EndUtc),
            ["lastUpdatedDateTime"] = b.LastUpdatedUtc?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            ["customerName"] = single?.Name,
            ["customerEmailAddress"] = single?.Email,
            ["customerPhone"] = single?.Phone,
            ["customers"] = new JsonArray([.. customers.Select(c => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.bookingCustomerInformation",
                ["customerId"] = c.CustomerId,
                ["name"] = c.Name,
                ["emailAddress"] = c.Email,
                ["phone"] = c.Phone,
                ["notes"] = null,
                ["timeZone"] = business.CustomerTimeZone,
            })]),
            ["serviceLocation"] = new JsonObject { ["displayName"] = business.Name },
            ["reminders"] = new JsonArray(),
        };
    }

    public static JsonObject Service(Domain.BookingService s, IEnumerable<StaffMember> staff, SandboxBusinessProfile business) => new()
    {
        ["id"] = s.Id,
        ["displayName"] = s.Name,
        ["defaultDuration"] = XmlConvert.ToString(s.DefaultDuration),
        ["defaultPrice"] = (double)s.DefaultPrice,
        ["defaultPriceType"] = PriceType(s.DefaultPriceType),
        ["description"] = s.Name,
        ["languageTag"] = business.LanguageTag,
        ["isHiddenFromCustomers"] = false,
        ["preBuffer"] = "PT0S",
        ["postBuffer"] = "PT15M",
        ["maximumAttendeesCount"] = s.DefaultPriceType == BookingPriceType.Hourly ? 4 : 1,
        ["staffMemberIds"] = new JsonArray([.. staff.Select(m => (JsonNode?)m.Id)]),
        ["isLocationOnline"] = false,
        ["smsNotificationsEnabled"] = false,
        ["defaultReminders"] = new JsonArray(),
    };

    public static JsonObject Customer(BookingsCustomerRecord c) => new()
    {
        ["@odata.type"] = "#microsoft.graph.bookingCustomer",
        ["id"] = c.Id,
        ["displayName"] = c.DisplayName,
        ["emailAddress"] = c.Email,
        ["addresses"] = new JsonArray(),
        ["phones"] = c.Phone is null
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["number"] = c.Phone, ["type"] = "mobile" }),
    };

    public static JsonObject StaffMember(StaffMember m, int index, SandboxBusinessProfile business) => new()
    {
        ["@odata.type"] = "#microsoft.graph.bookingStaffMember",
        ["id"] = m.Id,
        ["displayName"] = m.DisplayName,
        ["emailAddress"] = m.Email,
        ["role"] = index == 0 ? "administrator" : "teamMember",
        ["membershipStatus"] = "active",
        ["timeZone"] = business.TimeZoneId,
        ["useBusinessHours"] = true,
        ["availabilityIsAffectedByPersonalCalendar"] = true,
        ["isEmailNotificationEnabled"] = false,
        ["workingHours"] = new JsonArray(),
    };

    /// <summary>
    /// <c>GET /solutions/bookingBusinesses</c>: the served businesses (zone and currency as Bookings lists them), and a
    /// business whose mailbox answers 403 as one the app has no permission for does (to try "Test connection" on a broken case).
    /// </summary>
    public static string BusinessList(IEnumerable<SandboxBusinessProfile> served) => new JsonObject
    {
        ["@odata.context"] = $"{Context}/$metadata#solutions/bookingBusinesses",
        ["value"] = new JsonArray([
            .. served.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b.Mailbox,
                ["displayName"] = b.Name,
                ["email"] = b.Mailbox,
                ["defaultCurrencyIso"] = b.Currency,
                ["bookingPageSettings"] = new JsonObject { ["businessTimeZone"] = b.TimeZoneId },
            }),
            new JsonObject
            {
                ["id"] = SandboxGraphApi.ForbiddenMailbox,
                ["displayName"] = SandboxGraphApi.ForbiddenBusinessName,
            },
        ]),
    }.ToJsonString();

    public static string Business(SandboxBusinessProfile b) => new JsonObject
    {
        ["@odata.context"] = $"{Context}/$entity",
        ["id"] = b.Mailbox,
        ["displayName"] = b.Name,
        ["businessType"] = b.BusinessType,
        ["phone"] = b.Phone,
        ["email"] = b.Mailbox,
        ["webSiteUrl"] = b.WebSiteUrl,
        ["defaultCurrencyIso"] = b.Currency,
        ["isPublished"] = true,
        ["languageTag"] = b.LanguageTag,
        ["address"] = new JsonObject
        {
            ["street"] = b.Address.Street,
            ["city"] = b.Address.City,
            ["state"] = b.Address.State,
            ["countryOrRegion"] = b.Address.CountryOrRegion,
            ["postalCode"] = b.Address.PostalCode,
        },
        ["bookingPageSettings"] = new JsonObject { ["businessTimeZone"] = b.TimeZoneId },
    }.ToJsonString();

    private static JsonObject DateTimeTimeZone(DateTimeOffset utc) => new()
    {
        // As Bookings sends them: UTC, seven fractional digits and a Z.
        ["dateTime"] = utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["timeZone"] = "UTC",
    };

    private static string PriceType(BookingPriceType type)
    {
        string name = type.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
