using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TeamsBookingsBot.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the whole test run: started once on first use (initdb in a temp
/// folder, 127.0.0.1 on a free port, trust auth, fsync off), stopped and deleted when the test process
/// exits. The stopping is done by a detached reaper process, not a ProcessExit handler: the test runner
/// kills its test host too soon after the run for pg_ctl to finish there, and a killed run must be cleaned too. Tests call <see cref="CreateDatabaseAsync"/> for an isolated database.
/// </summary>
public sealed class PostgresCluster
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private const string DirectoryPrefix = "tbb-pg-";

    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartSharedAsync);

    private PostgresCluster(int port, TimeSpan startupTime)
    {
        Port = port;
        StartupTime = startupTime;
    }

    public int Port { get; }

    /// <summary>initdb + start, as measured when the cluster came up.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Superuser connection to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    /// <summary>The run's cluster, started on first call.</summary>
    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        string name = "test_" + Guid.NewGuid().ToString("N");
        await using NpgsqlConnection connection = new(AdminConnectionString);
        await connection.OpenAsync(ct);
        await using NpgsqlCommand command = new($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(ct);
        return ConnectionStringFor(name);
    }

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        // Tests open many short-lived pools; idle connections would pile up against max_connections.
        ConnectionIdleLifetime = 10,
    }.ConnectionString;

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "pg_ctl")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({BinDirectory}/pg_ctl missing): run `apt-get install -y postgresql-15`.");
        }
        RemoveOrphans();
        Stopwatch watch = Stopwatch.StartNew();
        string root = Path.Combine(Path.GetTempPath(), $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(root);
        await PgProcess.GiveToPostgresAsync(root);
        string data = Path.Combine(root, "data");
        // Started first so that a failed initdb or start leaves nothing behind either.
        PgProcess.StartReaper(Environment.ProcessId, data, root);
        await PgProcess.RunAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");

        // Another process may grab the port between probing and binding it: try a few.
        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort();
            try
            {
                await PgProcess.RunAsync("pg_ctl", "-D", data, "-l", Path.Combine(root, "postgres.log"), "-w", "-t", "30", "-o",
                    $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "start");
                return new PostgresCluster(port, watch.Elapsed);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // the log says why; a port clash is the usual reason and the next port fixes it
            }
        }
    }

    /// <summary>Clusters whose reaper never ran (killed reaper, machine restarted mid-run).</summary>
    private static void RemoveOrphans()
    {
        foreach (string dir in Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            string[] parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[2], out int pid) || IsAlive(pid))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
                {
                    PgProcess.RunSync("pg_ctl", "-D", Path.Combine(dir, "data"), "-m", "immediate", "-w", "stop");
                }
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // its reaper is deleting it right now
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
