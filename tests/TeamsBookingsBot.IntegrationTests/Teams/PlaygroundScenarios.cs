namespace TeamsBookingsBot.Teams;

/// <summary>The Agents Playground scenarios share one bot and one playground (each start takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundScenarios : ICollectionFixture<BotPlaygroundFixture>
{
    public const string Name = "Agents Playground";
}
