using Microsoft.IdentityModel.Protocols;

namespace TeamsBookingsBot.Teams.Authentication;

// A client per fetch from IHttpClientFactory: the key cache lives for the whole process, and a client held that
// long would pin one handler and never see DNS changes.
internal sealed class FactoryDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    public const string HttpClientName = "BotFrameworkOpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = requireHttps };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
