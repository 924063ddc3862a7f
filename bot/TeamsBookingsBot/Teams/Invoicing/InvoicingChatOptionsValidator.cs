using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Teams.Invoicing;

internal sealed class InvoicingChatOptionsValidator : IValidateOptions<InvoicingChatOptions>
{
    private static readonly TimeSpan MaxConfirmWait = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, InvoicingChatOptions options) =>
        options.ConfirmWait < TimeSpan.Zero || options.ConfirmWait > MaxConfirmWait
            ? ValidateOptionsResult.Fail($"{InvoicingChatOptions.Section}:ConfirmWait must be between 00:00:00 and 00:00:10.")
            : ValidateOptionsResult.Success;
}
