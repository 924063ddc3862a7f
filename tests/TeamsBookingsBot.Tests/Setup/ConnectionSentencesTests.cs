using System.Net.Sockets;
using Azure.Identity;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Identity;

namespace TeamsBookingsBot.Setup;

/// <summary>Every Graph and Business Central failure "Test connection" can meet has its own plain sentence.</summary>
public sealed class ConnectionSentencesTests
{
    private static readonly Exception[] GraphFailures =
    [
        new ApiException { ResponseStatusCode = 401 },
        new ApiException { ResponseStatusCode = 403 },
        new ApiException { ResponseStatusCode = 404 },
        new ApiException { ResponseStatusCode = 429 },
        new ApiException { ResponseStatusCode = 503 },
        new TimeoutRejectedException(),
        new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused), null),
        new HttpRequestException("no such host"),
        new AuthenticationFailedException("bad secret"),
        new ServiceCredentialUnavailableException(ServiceKind.Graph, "nothing configured"),
    ];

    private static readonly BusinessCentralException[] BusinessCentralFailures =
    [
        new("Authentication_InvalidCredentials", "x", 401, false),
        new("Authorization_Failed", "x", 403, false),
        new("NoEnvironment", "x", 404, false),
        new("Throttled", "x", 429, true),
        new("Internal_ServerError", "x", 500, true),
        new("Client_Unreachable", "x", null, true, inner: new TimeoutRejectedException()),
        new("Client_Unreachable", "x", null, true, inner: new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused), null)),
        new("Client_Unreachable", "x", null, true, inner: new HttpRequestException("no such host")),
        new("Client_Unreachable", "x", null, false, inner: new AuthenticationFailedException("bad secret")),
        new("Client_NoCredential", "x", null, false),
    ];

    [Fact]
    public void Graph_EachFailure_HasItsOwnSentence()
    {
        string[] sentences = [.. GraphFailures.Select(ex => GraphSentences.For(ex, "salon@contoso.example", "contoso-tenant", "FORBIDDEN."))];

        Assert.Equal(sentences.Length, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("FORBIDDEN.", sentences[1]);
        Assert.All(sentences, s => Assert.EndsWith(".", s, StringComparison.Ordinal));
    }

    [Fact]
    public void BusinessCentral_EachFailure_HasItsOwnSentence()
    {
        string[] sentences = [.. BusinessCentralFailures.Select(ex => BusinessCentralSentences.For(ex, "contoso-tenant", "Production", "FORBIDDEN."))];

        Assert.Equal(sentences.Length, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("FORBIDDEN.", sentences[1]);
        Assert.Contains("no environment Production", sentences[2], StringComparison.Ordinal);
        Assert.DoesNotContain(sentences, s => s.Contains("x)", StringComparison.Ordinal)); // BC's own message is never shown
    }
}
