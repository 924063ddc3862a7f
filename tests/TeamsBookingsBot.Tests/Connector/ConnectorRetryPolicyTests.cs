using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorRetryPolicyTests
{
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
}
