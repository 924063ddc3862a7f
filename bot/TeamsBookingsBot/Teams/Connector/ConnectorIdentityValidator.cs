using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>Fails start-up when the configured bot identity cannot get a Connector token.</summary>
internal sealed class ConnectorIdentityValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        // No app id is the anonymous local mode; whether that is allowed at all is decided by inbound auth (spec §1.6).
        if (!options.HasAppId)
        {
            return ValidateOptionsResult.Success;
        }
        List<string> failures = [];
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
            }
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
            {
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity signs in).");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }
        bool hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        if (!hasCertificate && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }
        if (hasCertificate && !File.Exists(options.MicrosoftAppCertificatePath))
        {
            failures.Add("MicrosoftAppCertificatePath does not name an existing file.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
