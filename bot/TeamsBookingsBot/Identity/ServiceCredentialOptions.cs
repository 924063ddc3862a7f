using Azure.Core.Pipeline;

namespace TeamsBookingsBot.Identity;

/// <summary>
/// How the picked credentials talk to Entra. Not bound from configuration: the authority host is
/// <c>Bot:LoginAuthorityHost</c> (one cloud for every identity); a test sets <see cref="Transport"/> to reach its fake
/// token endpoint over https.
/// </summary>
public sealed class ServiceCredentialOptions
{
    public HttpPipelineTransport? Transport { get; set; }
}
