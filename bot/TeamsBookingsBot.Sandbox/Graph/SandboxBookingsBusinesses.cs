namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// The businesses the sandbox Graph serves: the salon (the registered <see cref="SandboxBookingsData"/>, which the bot
/// is configured with) and the physio practice, which an admin connects in setup. Each has its own BC company.
/// </summary>
public sealed class SandboxBookingsBusinesses(SandboxBookingsData salon, SandboxBookingsData physio)
{
    public SandboxBookingsData Salon { get; } = salon;

    public SandboxBookingsData Physio { get; } = physio;

    public IReadOnlyList<SandboxBookingsData> All { get; } = [salon, physio];
}
