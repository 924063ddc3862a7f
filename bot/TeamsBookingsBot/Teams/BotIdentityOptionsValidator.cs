using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// Start-up check of the bot identity, with one line per problem naming the configuration key,
/// following the rules of the Bot Framework SDK's ConfigurationServiceClientCredentialFactory.
/// </summary>
internal sealed class BotIdentityOptionsValidator(BotAuthenticationMode mode) : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        if (!options.HasAppId)
        {
            return mode.AllowsUnauthenticated
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "MicrosoftAppId is required (the Entra app id of the Azure Bot). For local testing without Teams, "
                    + "run in the Development environment with Bot:AllowUnauthenticated=true.");
        }

        bool hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        bool hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        bool hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        List<string> failures = [];
        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                }
                if (!hasSecret && !hasCertificate)
                {
                    failures.Add("MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required when MicrosoftAppType is SingleTenant.");
                }
                break;
            case BotAppType.MultiTenant:
                if (!hasSecret && !hasCertificate)
                {
                    failures.Add("MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required when MicrosoftAppType is MultiTenant.");
                }
                break;
            case BotAppType.UserAssignedMSI:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                }
                if (hasSecret || hasCertificate)
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity signs in).");
                }
                break;
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
