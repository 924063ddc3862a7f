using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Hosting;

/// <summary>Runs the app and turns a configuration mistake into one readable line instead of a stack trace.</summary>
internal static class BotStartup
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            // Validate before the host starts, so a bad setting is one line, not a logged stack trace.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (string failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + failure);
            }
            return 2;
        }
    }
}
