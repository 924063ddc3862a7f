using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private readonly ConnectorRetryPolicy policy = new();

    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsRetryable_Status_MatchesSpec(int status, bool expected) =>
        Assert.Equal(expected, ConnectorRetryPolicy.IsRetryable(status));

    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 2_000)]
    [InlineData(3, 4_000)]
    [InlineData(5, 16_000)]
    [InlineData(6, 20_000)]
    [InlineData(30, 20_000)]
    public void Backoff_FullJitter_CeilingDoublesUpToCap(int attempt, int ceilingMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs), policy.Backoff(attempt, 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs / 2.0), policy.Backoff(attempt, 0.5));
        Assert.Equal(TimeSpan.Zero, policy.Backoff(attempt, 0.0));
    }
}
