namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>How many appointments one team's day gets: a count drawn from [min, max) on weekdays and on Saturdays.</summary>
internal readonly record struct SandboxDayLoad(int WeekdayMin, int WeekdayMax, int SaturdayMin, int SaturdayMax)
{
    /// <summary>The sandbox salon: 5–8 appointments every weekday for its four stylists, 2–3 on Saturdays.</summary>
    public static SandboxDayLoad Salon { get; } = new(5, 9, 2, 4);

    /// <summary>A busy team of four: about four to five appointments per stylist each weekday, two on Saturdays.</summary>
    public static SandboxDayLoad Busy { get; } = new(14, 23, 6, 11);

    /// <summary>This load scaled by <paramref name="factor"/> (at most 1), never below one appointment a day.</summary>
    public SandboxDayLoad Scaled(double factor)
    {
        double f = Math.Min(1, factor);
        return new(Scale(WeekdayMin, f), Scale(WeekdayMax - 1, f) + 1, Scale(SaturdayMin, f), Scale(SaturdayMax - 1, f) + 1);
    }

    private static int Scale(int count, double factor) => Math.Max(1, (int)Math.Round(count * factor));
}
