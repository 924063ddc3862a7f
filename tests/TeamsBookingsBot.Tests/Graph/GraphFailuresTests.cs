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

    [Theory]
    [InlineData("2.128", 2128)]
    [InlineData("2", 2000)]
    [InlineData("0.4", 400)]
    public void ReadRetryAfter_DecimalSeconds_IsExact(string header, int expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), GraphRetryHandler.ReadRetryAfter(response, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void ReadRetryAfter_HttpDate_IsTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", now.AddSeconds(5).ToString("r"));

        Assert.Equal(TimeSpan.FromSeconds(5), GraphRetryHandler.ReadRetryAfter(response, now));
    }
}
