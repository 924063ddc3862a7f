namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// A creating request (POST) was sent but no definite answer came back (timeout, dropped connection,
/// gateway timeout). BC may or may not have created the document, so it is never retried blindly:
/// reconcile with <c>FindSalesInvoicesByExternalDocumentNumberAsync(ExternalDocumentNumber)</c>.
/// </summary>
public sealed class BusinessCentralOutcomeUnknownException(string operation, string? externalDocumentNumber, Exception? inner)
    : BusinessCentralException(
        "Client_OutcomeUnknown",
        $"No answer from Business Central for {operation}; it may or may not have been done.",
        statusCode: null,
        isTransient: true,
        correlationId: null,
        inner: inner)
{
    public string Operation { get; } = operation;

    /// <summary>The run key to reconcile by, when the request was an invoice creation.</summary>
    public string? ExternalDocumentNumber { get; } = externalDocumentNumber;
}
