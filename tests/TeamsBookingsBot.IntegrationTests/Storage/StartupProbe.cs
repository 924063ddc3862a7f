using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// A hosted service registered after AddStorage: it records what the world looks like when it starts,
/// which is when every hosted service registered before it has started.
/// </summary>
internal sealed class StartupProbe(int port) : IHostedService
{
    private IDbConnectionFactory? db;

    public bool SchemaPresentAtStart { get; private set; }

    public bool ServerListeningAtStart { get; private set; }

    public StartupProbe With(IDbConnectionFactory factory)
    {
        db = factory;
        return this;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await db!.OpenAsync(cancellationToken);
        SchemaPresentAtStart = (await StorageMigrator.ReadAppliedVersionsAsync(connection, db.Dialect, cancellationToken)).Count > 0;
        ServerListeningAtStart = await AcceptsAsync(port);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task<bool> AcceptsAsync(int port)
    {
        using TcpClient client = new();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
