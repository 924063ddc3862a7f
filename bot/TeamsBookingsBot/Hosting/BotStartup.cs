using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Hosting;

/// <summary>Runs the app and turns configuration mistakes into one readable line each instead of a stack trace.</summary>
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
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (string failure in failures)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + failure);
            }
            return 2;
        }
    }

    // Several sections failing at once arrive as an AggregateException of OptionsValidationExceptions.
    private static List<string> ConfigurationFailures(Exception ex) => ex switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };
}
