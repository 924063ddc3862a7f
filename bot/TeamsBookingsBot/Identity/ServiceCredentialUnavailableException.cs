namespace TeamsBookingsBot.Identity;

/// <summary>No credential can be made for a service in a tenant: nothing is configured that could sign in.</summary>
public sealed class ServiceCredentialUnavailableException(ServiceKind kind, string message) : InvalidOperationException(message)
{
    public ServiceKind Kind { get; } = kind;
}
