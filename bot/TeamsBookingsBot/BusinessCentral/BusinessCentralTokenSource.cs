using Azure.Core;
using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>One credential per process so Azure.Identity's token cache is shared by every request.</summary>
internal sealed class BusinessCentralTokenSource(IOptions<BusinessCentralOptions> options)
{
    private readonly Lazy<TokenCredential?> _credential = new(() => BusinessCentralCredentialFactory.Create(options.Value));

    public TokenCredential? Credential => _credential.Value;
}
