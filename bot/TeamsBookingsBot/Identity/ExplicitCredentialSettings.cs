namespace TeamsBookingsBot.Identity;

/// <summary>
/// A service's own app credential from configuration (<c>Graph:*</c> or <c>BusinessCentral:*</c>): when any of it is
/// set it wins over the bot's identity. <see cref="TenantId"/> empty means "the business's tenant" (a multi-tenant app).
/// </summary>
internal sealed record ExplicitCredentialSettings(
    string Section, string? TenantId, string? ClientId, string? ClientSecret, string? CertificatePath, string? CertificatePassword, bool UseManagedIdentity)
{
    public bool IsSet => UseManagedIdentity || !string.IsNullOrWhiteSpace(ClientId)
        || !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath);
}
