using TeamsBookingsBot.Testing.Playground;

namespace TeamsBookingsBot.Playground;

/// <summary>One echo bot and one playground for the harness self-tests (starting a playground takes seconds).</summary>
public sealed class PlaygroundHarnessFixture : IAsyncLifetime
{
    private EchoBot? _bot;
    private AgentsPlayground? _playground;

    internal EchoBot Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public AgentsPlayground Playground => _playground ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _bot = await EchoBot.StartAsync();
        _playground = await AgentsPlayground.StartAsync(_bot.Endpoint);
    }

    public async Task DisposeAsync()
    {
        // Disposing the playground fails if netguard logged any non-loopback connection.
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
