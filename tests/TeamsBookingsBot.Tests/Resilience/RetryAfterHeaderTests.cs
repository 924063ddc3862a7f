using System.Net;
using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.Resilience;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2.128", 2128)]
    [InlineData("2", 2000)]
    [InlineData("0.4", 400)]
    [InlineData("5.5", 5500)]
    [InlineData(" 120 ", 120_000)]
    [InlineData("0", 0)]
    public void TryParse_DeltaSeconds_IncludingDecimals(string header, int expectedMs)
    {
        Assert.True(RetryAfterHeader.TryParse(header, Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Theory]
    [InlineData("Mon, 04 May 2026 10:00:07 GMT")] // IMF-fixdate
    [InlineData("Monday, 04-May-26 10:00:07 GMT")] // obsolete RFC 850 form
    [InlineData("Mon May  4 10:00:07 2026")] // obsolete asctime form
    public void TryParse_HttpDateInEveryRfc7231Form_IsTheTimeUntilThatDate(string header)
    {
        Assert.True(RetryAfterHeader.TryParse(header, Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void TryParse_HttpDateInThePast_IsZero()
    {
        Assert.True(RetryAfterHeader.TryParse("Mon, 04 May 2026 09:59:00 GMT", Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData("1e3")]
    [InlineData("2,5")]
    [InlineData("NaN")]
    [InlineData("99999999999999999999999")]
    // Dates that a lenient parser reads but RFC 7231 does not allow:
    [InlineData("2026-05-04T10:00:07Z")]
    [InlineData("04/05/2026 10:00:07")]
    [InlineData("Mon, 04 May 2026 10:00:07 +0200")]
    [InlineData("May 4, 2026")]
    public void TryParse_AnythingElse_IsRejected(string? header) =>
        Assert.False(RetryAfterHeader.TryParse(header, Now, out _));

    [Fact]
    public void Read_RawDecimalHeader_IsExact()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "2.128");

        Assert.Equal(TimeSpan.FromMilliseconds(2128), RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_NoHeader_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfterHeader.Read(response, Now));
    }
}
