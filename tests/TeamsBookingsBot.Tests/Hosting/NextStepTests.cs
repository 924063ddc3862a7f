namespace TeamsBookingsBot.Hosting;

/// <summary>The console's next step names an address a client on this machine can open, whatever Kestrel listens on.</summary>
public sealed class NextStepTests
{
    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://127.0.0.1:41234/", "http://127.0.0.1:41234")]
    [InlineData("http://[::]:3978", "http://localhost:3978")]
    [InlineData("http://0.0.0.0:3978", "http://localhost:3978")]
    [InlineData("http://+:3978", "http://localhost:3978")]
    [InlineData("https://*:8443", "https://localhost:8443")]
    public void LocalOrigin_ListeningAddress_IsOneToOpenOnThisMachine(string address, string expected) =>
        Assert.Equal(expected, NextStep.LocalOrigin(address));
}
