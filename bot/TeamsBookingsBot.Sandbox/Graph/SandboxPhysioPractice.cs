using System.Globalization;
using System.Text;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// The sandbox's second real Bookings business, "Fabrikam Physio" in Amsterdam (W. Europe Standard Time, EUR): its
/// own services of every price type, four physiotherapists and 24 customers (the first two share an email, as the
/// salon's do). Not in the bot's configuration: an admin connects it through setup, into the BC company "Fabrikam B.V.".
/// </summary>
internal static class SandboxPhysioPractice
{
    public const string Mailbox = "fabrikamphysio@fabrikam.onmicrosoft.com";

    private static readonly Domain.BookingService[] Services =
    [
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0001", "Physiotherapy session", 62.5m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(30), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0002", "Group back class", 40m, BookingPriceType.Hourly, TimeSpan.FromMinutes(60), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0003", "Sports massage", 55m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(45), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0004", "Free phone triage", 0m, BookingPriceType.Free, TimeSpan.FromMinutes(15), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0005", "Rehabilitation plan", 0m, BookingPriceType.PriceVaries, TimeSpan.FromMinutes(90), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0006", "Dry needling", 45m, BookingPriceType.StartingAt, TimeSpan.FromMinutes(30), null),
        new("2e1f3b62-8d66-4e63-ab62-3d8b2c1d0007", "Kinesio taping", 17.5m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(15), null),
    ];

    private static readonly StaffMember[] Staff =
    [
        new("6b7f1d2c-4f20-4c9f-9e3b-7a2f0d1b0001", "Sanne de Vries", "sanne@fabrikam.onmicrosoft.com"),
        new("6b7f1d2c-4f20-4c9f-9e3b-7a2f0d1b0002", "Daan Jansen", "daan@fabrikam.onmicrosoft.com"),
        new("6b7f1d2c-4f20-4c9f-9e3b-7a2f0d1b0003", "Emma Bakker", "emma@fabrikam.onmicrosoft.com"),
        new("6b7f1d2c-4f20-4c9f-9e3b-7a2f0d1b0004", "Lucas Visser", "lucas@fabrikam.onmicrosoft.com"),
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Chloé", "Daniël", "Eva", "Finn", "Gijs", "Hanna", "Isa", "Jesse", "Julia", "Lars",
        "Lotte", "Milan", "Noor", "Ruben", "Sophie", "Thijs", "Tess", "Wouter", "Yara", "Zoë",
    ];

    private static readonly string[] LastNames =
    [
        "de Jong", "van den Berg", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "van Dijk",
    ];

    public static SandboxBusinessProfile Profile { get; } = new()
    {
        Mailbox = Mailbox,
        Name = "Fabrikam Physio",
        TimeZoneId = "W. Europe Standard Time",
        CustomerTimeZone = "Europe/Amsterdam",
        Currency = "EUR",
        BusinessType = "Physiotherapy",
        Phone = "+31 20 555 0123",
        WebSiteUrl = "https://www.fabrikam.com",
        LanguageTag = "nl-NL",
        Address = new("Keizersgracht 123", "Amsterdam", "NH", "Netherlands", "1015 CJ"),
        Services = Services,
        Staff = Staff,
        Customers = Customers,
        SeedOffset = 7_000_003,
    };

    private static BookingsCustomerRecord[] Customers(int seed)
    {
        var rng = new Random(unchecked(seed * 7919 + 29));
        var customers = new List<BookingsCustomerRecord>
        {
            new(SandboxPeople.RandomGuid(rng), "Femke Willems", "femke.willems@example.nl", "+31 6 1234 0001"),
            new(SandboxPeople.RandomGuid(rng), "Femke Willems", "femke.willems@example.nl", "+31 6 1234 0002"),
        };
        for (int i = 0; i < FirstNames.Length; i++)
        {
            string first = FirstNames[i];
            string last = LastNames[i];
            string email = $"{Ascii(first)}.{Ascii(last)}@example.nl";
            customers.Add(new(SandboxPeople.RandomGuid(rng), $"{first} {last}", email,
                "+31 6 " + (10_000_000 + rng.Next(90_000_000)).ToString(CultureInfo.InvariantCulture)));
        }
        return [.. customers];
    }

    // Names are shown as typed (Chloé, Daniël); their mailboxes are plain ASCII, as most are.
    private static string Ascii(string name) => string.Concat(name.Normalize(NormalizationForm.FormD)
        .Where(c => char.IsAsciiLetter(c))).ToLowerInvariant();
}
