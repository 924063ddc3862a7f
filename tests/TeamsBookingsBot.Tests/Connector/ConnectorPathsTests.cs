using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorPathsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void Build_ServiceUrlWithOrWithoutSlash_KeepsItsPath(string serviceUrl) =>
        Assert.Equal(
            "/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities/1%3A2",
            ConnectorPaths.Build(serviceUrl, ["v3", "conversations", "19:abc@thread.tacv2;messageid=1", "activities", "1:2"]).AbsolutePath);

    [Fact]
    public void Build_SlashInId_StaysInOneSegment() =>
        Assert.Equal(
            "https://h.botframework.com/v3/conversations/a%2F..%2Fb",
            ConnectorPaths.Build("https://h.botframework.com", ["v3", "conversations", "a/../b"]).AbsoluteUri);

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public void Build_DotOrEmptySegment_Throws(string segment) =>
        Assert.Throws<ArgumentException>(() => ConnectorPaths.Build("https://h.botframework.com/", ["v3", "conversations", segment]));

    [Fact]
    public void Build_RelativeServiceUrl_Throws() =>
        Assert.Throws<ArgumentException>(() => ConnectorPaths.Build("/amer/", ["v3"]));

    [Fact]
    public void Build_QueryWithNullValue_OmitsIt() =>
        Assert.Equal(
            "?pageSize=10",
            ConnectorPaths.Build("https://h.botframework.com/", ["v3"], [new("pageSize", "10"), new("continuationToken", null)]).Query);
}
