using Microsoft.Extensions.Logging;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>Business Central events, ids 3xxx. Ids and numbers only: never names or emails.</summary>
internal static partial class BusinessCentralLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Created draft invoice {InvoiceNumber} ({InvoiceId}) for customer {CustomerNumber} with {LineCount} lines via {Mode}")]
    public static partial void DraftInvoiceCreated(this ILogger logger, string invoiceNumber, Guid invoiceId, string customerNumber, int lineCount, string mode);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Business Central rejected a {LineCount}-line deep insert ({Code}); using header POST plus $batch from now on")]
    public static partial void DeepInsertRejected(this ILogger logger, int lineCount, string code);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error,
        Message = "Business Central {Kind} call has an unknown outcome (external document {ExternalDocumentNumber}); not retried, reconcile")]
    public static partial void OutcomeUnknown(this ILogger logger, Exception? exception, BusinessCentralCallKind kind, string? externalDocumentNumber);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Business Central company resolved to {CompanyId}")]
    public static partial void CompanyResolved(this ILogger logger, Guid companyId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning,
        Message = "Lines of invoice {InvoiceId} failed in $batch ({Code}); deleting the empty header")]
    public static partial void BatchLinesFailed(this ILogger logger, Guid invoiceId, string code);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error,
        Message = "Could not delete the empty header {InvoiceId} after its lines failed; it stays as a draft without lines")]
    public static partial void EmptyHeaderDeleteFailed(this ILogger logger, Exception exception, Guid invoiceId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Deleted draft invoice {InvoiceId}")]
    public static partial void DraftDeleted(this ILogger logger, Guid invoiceId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Refused to delete invoice {InvoiceId}: status {Status} is not Draft")]
    public static partial void DeleteRefused(this ILogger logger, Guid invoiceId, BcInvoiceStatus status);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Created customer {CustomerNumber} ({CustomerId})")]
    public static partial void CustomerCreated(this ILogger logger, string customerNumber, Guid customerId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning,
        Message = "Business Central {Kind} call failed: {Status} {Code} (correlation {CorrelationId})")]
    public static partial void CallFailed(this ILogger logger, BusinessCentralCallKind kind, int? status, string code, string? correlationId);
}
