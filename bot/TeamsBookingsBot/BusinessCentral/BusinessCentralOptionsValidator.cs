using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.BusinessCentral;

internal sealed class BusinessCentralOptionsValidator : IValidateOptions<BusinessCentralOptions>
{
    private const string S = BusinessCentralOptions.Section;

    public ValidateOptionsResult Validate(string? name, BusinessCentralOptions options)
    {
        List<string> failures = [];
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }
        if (options.CompanyId is null && string.IsNullOrWhiteSpace(options.CompanyName))
        {
            failures.Add($"{S}:CompanyId or {S}:CompanyName is required.");
        }
        if (options.IsAppRelative)
        {
            // A path on this app itself (the sandbox): nothing remote to check.
        }
        else if (!Uri.TryCreate(options.BaseUrl.Replace("{tenant}", "t").Replace("{environment}", "e"), UriKind.Absolute, out Uri? baseUri))
        {
            failures.Add($"{S}:BaseUrl must be an absolute URL (or a path on this app).");
        }
        else if (!baseUri.IsLoopback)
        {
            ValidateRemote(options, baseUri, failures);
        }
        if (options.MaxParallelInvoices is < 1 or > 50)
        {
            failures.Add($"{S}:MaxParallelInvoices must be between 1 and 50.");
        }
        if (options.BatchSize is < 1 or > BusinessCentralOptions.MaxBatchOperations)
        {
            failures.Add($"{S}:BatchSize must be between 1 and {BusinessCentralOptions.MaxBatchOperations}.");
        }
        if (options.MaxRetries < 0 || options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{S}:MaxRetries must be >= 0 and {S}:RequestTimeout positive.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRemote(BusinessCentralOptions options, Uri baseUri, List<string> failures)
    {
        if (baseUri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{S}:BaseUrl must use https unless it is a loopback address.");
        }
        if (string.IsNullOrWhiteSpace(options.Environment))
        {
            failures.Add($"{S}:Environment is required.");
        }
        bool hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        bool hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        if (!options.UseManagedIdentity && !hasSecret && !hasCertificate && !string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{S}:ClientSecret, {S}:CertificatePath or {S}:UseManagedIdentity is required with {S}:ClientId.");
        }
        if ((hasSecret || hasCertificate) && string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{S}:ClientId is required with a client secret or certificate.");
        }
    }
}
