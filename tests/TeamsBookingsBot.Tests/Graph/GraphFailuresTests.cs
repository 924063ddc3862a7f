using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Graph;

public sealed class GraphFailuresTests
{
    private const string Mailbox = "contosohair@contoso.onmicrosoft.com";

    [Fact]
    public void Translate_KiotaExhaustedRetries_IsThrottled()
    {
        // What Kiota's RetryHandler throws after its last 429 (graph-sdk-notes §4).
        var ex = new AggregateException("Too many retries performed.",
            Enumerable.Range(0, 4).Select(_ => new ApiException("429") { ResponseStatusCode = 429 }));

        Assert.True(GraphFailures.IsRemote(ex));
        BookingsSourceException failure = GraphFailures.Translate(ex, Mailbox);

        Assert.Equal(BookingsSourceFailure.Throttled, failure.Failure);
        Assert.Equal(429, failure.StatusCode);
        Assert.Contains(Mailbox, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, BookingsSourceFailure.AccessDenied)]
    [InlineData(403, BookingsSourceFailure.AccessDenied)]
    [InlineData(404, BookingsSourceFailure.NotFound)]
    [InlineData(503, BookingsSourceFailure.Unavailable)]
    [InlineData(400, BookingsSourceFailure.InvalidResponse)]
    public void Translate_ODataError_MapsStatus(int status, BookingsSourceFailure expected)
    {
        var ex = new ODataError { ResponseStatusCode = status, Error = new MainError { Code = "Code" } };

        Assert.Equal(expected, GraphFailures.Translate(ex, Mailbox).Failure);
    }

    [Fact]
    public void Translate_NetworkFailure_IsUnavailable()
    {
        BookingsSourceException failure = GraphFailures.Translate(new HttpRequestException("Connection refused"), Mailbox);

        Assert.Equal(BookingsSourceFailure.Unavailable, failure.Failure);
        Assert.Null(failure.StatusCode);
    }

    [Fact]
    public void IsRemote_Bug_IsNotTranslated()
    {
        Assert.False(GraphFailures.IsRemote(new NullReferenceException()));
        Assert.False(GraphFailures.IsRemote(new AggregateException(new InvalidOperationException())));
    }
}
