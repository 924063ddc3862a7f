using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorHostPolicyTests
{
    [Theory]
    [InlineData("smba.trafficmanager.net", "smba.trafficmanager.net", true)]
    [InlineData("SMBA.TrafficManager.NET", "smba.trafficmanager.net", true)]
    [InlineData("smba.trafficmanager.net.", "smba.trafficmanager.net", true)]
    [InlineData("europe.smba.trafficmanager.net", "smba.trafficmanager.net", false)]
    [InlineData("x.botframework.com", "*.botframework.com", true)]
    [InlineData("a.b.botframework.com", "*.botframework.com", true)]
    [InlineData("botframework.com", "*.botframework.com", false)]
    [InlineData("evilbotframework.com", "*.botframework.com", false)]
    [InlineData("botframework.com.evil.net", "*.botframework.com", false)]
    [InlineData("x.botframework.com", "*.", false)]
    [InlineData("anything", "*", false)]
    [InlineData("", "smba.trafficmanager.net", false)]
    public void Matches_HostAgainstPattern_FollowsWildcardRules(string host, string pattern, bool expected) =>
        Assert.Equal(expected, ConnectorHostPolicy.Matches(host, pattern));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations", true)]
    [InlineData("https://smba.trafficmanager.net:443/teams/v3/conversations", true)]
    [InlineData("https://europe.webchat.botframework.com/v3/conversations", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/v3", true)]
    [InlineData("http://smba.trafficmanager.net/amer/v3/conversations", false)]
    [InlineData("https://evil.example.com/v3/conversations", false)]
    [InlineData("https://user:pw@smba.trafficmanager.net/v3", false)]
    [InlineData("http://localhost:56150/_connector/v3", false)]
    [InlineData("https://127.0.0.1/v3", false)]
    public void IsAllowed_DefaultOptions_OnlyHttpsToListedHosts(string url, bool expected) =>
        Assert.Equal(expected, ConnectorHostPolicy.From(new BotOptions()).IsAllowed(new Uri(url)));

    [Theory]
    [InlineData("http://localhost:56150/_connector/v3", true)]
    [InlineData("http://127.0.0.1:5000/v3", true)]
    [InlineData("https://[::1]:5001/v3", true)]
    [InlineData("http://localhost.evil.net/v3", false)]
    [InlineData("http://127.0.0.1.nip.io/v3", false)]
    [InlineData("ftp://localhost/v3", false)]
    [InlineData("http://smba.trafficmanager.net/v3", false)]
    public void IsAllowed_LoopbackAllowed_OnlyLiteralLoopbackOverHttp(string url, bool expected) =>
        Assert.Equal(expected, ConnectorHostPolicy.From(new BotOptions { AllowLoopbackServiceUrls = true }).IsAllowed(new Uri(url)));
}
