using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2.128", 2128)]
    [InlineData("0.4", 400)]
    [InlineData(" 120 ", 120_000)]
    [InlineData("0", 0)]
    public void TryParse_DeltaSeconds_IncludingDecimals(string header, int expectedMs)
    {
        Assert.True(RetryAfter.TryParse(header, Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void TryParse_HttpDate_IsTheTimeUntilThatDate()
    {
        Assert.True(RetryAfter.TryParse("Mon, 04 May 2026 10:00:07 GMT", Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void TryParse_HttpDateInThePast_IsZero()
    {
        Assert.True(RetryAfter.TryParse("Mon, 04 May 2026 09:59:00 GMT", Now, out TimeSpan delay));
        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("2,5")]
    [InlineData("NaN")]
    [InlineData("99999999999999999999999")]
    public void TryParse_Garbage_IsRejected(string? header) =>
        Assert.False(RetryAfter.TryParse(header, Now, out _));
}
