namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// The sandbox (section <c>Sandbox</c>): fake Microsoft Graph Bookings and Business Central servers inside
/// the app, speaking the real wire formats, so the bot runs end to end without a tenant.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    public bool Enabled { get; set; }

    /// <summary>Delay added to every sandbox Graph request, to make concurrency and paging visible.</summary>
    public int GraphLatencyMs { get; set; }

    /// <summary>Delay added to every sandbox Business Central request.</summary>
    public int BcLatencyMs { get; set; }

    /// <summary>Mixed into the generators' seeds; change it to get different (still deterministic) data.</summary>
    public int Seed { get; set; }

    /// <summary>
    /// One upcoming appointment is cancelled after the first full calendarView has served it, as a customer
    /// cancelling after the first sync would: the next sync sees it vanish (Graph's only cancellation signal).
    /// </summary>
    public bool SimulateCancellation { get; set; } = true;

    /// <summary>
    /// How many appointments the sandbox business has (over the 35 days before and 7 after today), to try the bot at
    /// scale: staff and customers grow with it. Empty = the salon's ~200.
    /// </summary>
    public int? AppointmentCount { get; set; }

    /// <summary>"Today" for the generated data (yyyy-MM-dd); empty = the business's current date.</summary>
    public DateOnly? Date { get; set; }
}
