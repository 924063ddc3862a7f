namespace TeamsBookingsBot.Teams;

/// <summary>
/// Tests that boot the whole app (WebApplicationFactory&lt;Program&gt;, Quartz hosts) run one class at a time: the
/// test host's interception of <c>Program</c>'s host build is process-wide, and parallel builds were seen picking
/// up each other's settings. The Agents Playground scenarios share one bot and one emulator (each start takes seconds).
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<BotPlaygroundFixture>
{
    public const string Name = "App host";
}
