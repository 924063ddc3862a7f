using Microsoft.Extensions.Options;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Start-up checks of <see cref="InvoicingOptions"/>: one line per problem, naming the key.</summary>
internal sealed class InvoicingOptionsValidator : IValidateOptions<InvoicingOptions>
{
    private const string S = InvoicingOptions.Section;

    public ValidateOptionsResult Validate(string? name, InvoicingOptions options)
    {
        List<string> failures = [];
        if (options.NoShowFee is { } fee)
        {
            if (string.IsNullOrWhiteSpace(fee.ItemNumber))
            {
                failures.Add($"{S}:NoShowFee:ItemNumber is required when a no-show fee is set up (the BC item the fee is billed on).");
            }
            if (fee.Value < 0 || (fee.Kind == NoShowFeeKind.PercentageOfPrice && fee.Value > 100))
            {
                failures.Add($"{S}:NoShowFee:Value must be an amount of 0 or more, or a percentage from 0 to 100.");
            }
        }
        if (options.CompanyCurrencyCode is { Length: > 0 } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
        {
            failures.Add($"{S}:CompanyCurrencyCode must be a three-letter ISO 4217 code such as USD.");
        }
        if (options.UnusualAmountAbove <= 0)
        {
            failures.Add($"{S}:UnusualAmountAbove must be more than 0 (default 100000): amounts above it are confirmed on the preview.");
        }
        if (options.MaxParallelLookups is < 1 or > 50)
        {
            failures.Add($"{S}:MaxParallelLookups must be between 1 and 50.");
        }
        if (options.ReconcileAfter < TimeSpan.FromSeconds(30) || options.RunningRunStaleAfter < TimeSpan.FromSeconds(30))
        {
            failures.Add($"{S}:ReconcileAfter and {S}:RunningRunStaleAfter must be at least 30 seconds (a confirm beats every 30 s).");
        }
        if (options.ReconcileInterval < TimeSpan.FromSeconds(10))
        {
            failures.Add($"{S}:ReconcileInterval must be at least 10 seconds.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
