namespace TeamsBookingsBot.Scheduling;

/// <summary>Quartz settings (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Every node of one cluster uses the same name; Quartz also keys its in-process registry by it.</summary>
    public string InstanceName { get; set; } = "bookings";

    /// <summary>SQLite only: Quartz's own database file. Sharing the app's file stalls the scheduler during app writes.</summary>
    public string? SqliteConnectionString { get; set; }

    /// <summary>PostgreSQL only: run Quartz clustered so several bot instances share one schedule.</summary>
    public bool Clustered { get; set; } = true;

    public int ClusterCheckinIntervalSeconds { get; set; } = 5;

    public int ClusterCheckinMisfireThresholdSeconds { get; set; } = 10;
}
