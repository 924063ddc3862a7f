using System.Globalization;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// The sandbox business's staff and customers. The salon has four stylists and 30 customers (the first two share
/// one email, as in the documented customers list); a bigger business keeps them and adds more, named from the same
/// first and last names, each with an email of its own.
/// </summary>
internal static class SandboxPeople
{
    public const int SalonCustomerCount = 30;

    public static readonly StaffMember[] SalonStaff =
    [
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0001", "Alex Wilber", "alexw@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0002", "Megan Bowen", "meganb@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0003", "Diego Siciliani", "diegos@contoso.onmicrosoft.com"),
        new("5a6e0c1b-3e1f-4b8e-8d2a-6f1e9c0a0004", "Lynne Robbins", "lynner@contoso.onmicrosoft.com"),
    ];

    private static readonly string[] FirstNames =
    [
        "Bob", "Jordan", "Isaiah", "Johanna", "Lee", "Lidia", "Miriam", "Nestor", "Patti", "Pradeep",
        "Grady", "Henrietta", "Irvin", "Joni", "Christie", "Enrico", "Allan", "Cameron", "Debra", "Emily",
        "Gerhart", "Raul", "Sanjay", "Zrinka", "Brian", "Kayo", "Ben", "Gabriela",
    ];

    private static readonly string[] LastNames =
    [
        "Kelly", "Miller", "Langer", "Lauber", "Gu", "Holloway", "Graham", "Wilke", "Fernandez", "Gupta",
        "Archie", "Ross", "Sanders", "Sherman", "Cline", "Cattaneo", "Deyoung", "White", "Berger", "Braun",
        "Moyer", "Gonzalez", "Shah", "Makovac", "Johnson", "Miwa", "Walters", "Silva",
    ];

    /// <summary>Staff member <paramref name="index"/> (from 0): the salon's four stylists first, then others.</summary>
    public static StaffMember StaffAt(int index)
    {
        if (index < SalonStaff.Length)
        {
            return SalonStaff[index];
        }
        (string first, string last) = Name(index * 11 + 5);
        string number = (index + 1).ToString(CultureInfo.InvariantCulture);
        return new($"5a6e0c1b-3e1f-4b8e-8d2a-{index + 1:x12}", $"{first} {last}",
            $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{number}@contoso.onmicrosoft.com");
    }

    /// <summary>The salon's 30 customers, then as many more as <paramref name="count"/> asks for.</summary>
    public static BookingsCustomerRecord[] Customers(int seed, int count = SalonCustomerCount)
    {
        var rng = new Random(unchecked(seed * 7919 + 17));
        var customers = new List<BookingsCustomerRecord>
        {
            new(RandomGuid(rng), "Adele Vance", "adelev@proseware.com", "206-555-0100"),
            new(RandomGuid(rng), "Adele Vance", "adelev@proseware.com", "206-555-0200"),
        };
        for (int i = 0; i < FirstNames.Length; i++)
        {
            customers.Add(Customer(rng, FirstNames[i], LastNames[i], ""));
        }
        for (int i = customers.Count; i < count; i++)
        {
            (string first, string last) = Name(i);
            customers.Add(Customer(rng, first, last, "." + i.ToString(CultureInfo.InvariantCulture)));
        }
        return [.. customers];
    }

    public static string RandomGuid(Random rng)
    {
        byte[] bytes = new byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static BookingsCustomerRecord Customer(Random rng, string first, string last, string emailSuffix) =>
        new(RandomGuid(rng), $"{first} {last}",
            $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{emailSuffix}@example.com",
            $"206-555-{1000 + rng.Next(9000)}");

    // Walks the first x last name grid so that neighbours get different first and last names.
    private static (string First, string Last) Name(int index) =>
        (FirstNames[index % FirstNames.Length], LastNames[(index / FirstNames.Length + index * 3) % LastNames.Length]);
}
