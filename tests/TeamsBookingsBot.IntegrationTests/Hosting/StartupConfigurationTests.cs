using System.Diagnostics;

namespace TeamsBookingsBot.Hosting;

/// <summary>The bot as a user starts it: a configuration mistake is one line per problem and exit code 2.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task Start_ProductionWithoutAppIdAndWithPartialSettings_PrintsOneLinePerProblemAndExits2()
    {
        string folder = Directory.CreateTempSubdirectory("tbb-start-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = folder,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ConnectionStrings__Bot"] = "Data Source=" + Path.Combine(folder, "bot.db");
            start.Environment["Graph__ClientId"] = "00000000-0000-0000-0000-000000000001";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            using Process process = Process.Start(start)!;
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);

            string[] lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(2, process.ExitCode);
            Assert.Contains(lines, l => l.StartsWith("Configuration error: MicrosoftAppId is required", StringComparison.Ordinal));
            // Graph:TenantId is not required: without it Graph signs in to the business's tenant (a multi-tenant app).
            Assert.Contains(lines, l => l.StartsWith("Configuration error: Graph:ClientSecret, Graph:CertificatePath or Graph:UseManagedIdentity is required", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.StartsWith("Configuration error: ", l, StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", await stdout + await stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
