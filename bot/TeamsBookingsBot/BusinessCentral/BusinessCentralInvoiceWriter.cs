using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Creates one draft invoice with all its lines, all or nothing: when this throws anything but
/// <see cref="BusinessCentralOutcomeUnknownException"/>, no invoice for the draft is left in BC.
/// </summary>
internal sealed class BusinessCentralInvoiceWriter(
    BusinessCentralHttp http, BusinessCentralOptions options, BusinessCentralSession session, ILogger logger)
{
    private static readonly Dictionary<string, string> SnapshotIsolation = new() { ["Isolation"] = "snapshot" };
    private static readonly Dictionary<string, string> JsonHeaders = new() { ["Content-Type"] = "application/json" };

    public async Task<BcSalesInvoice> CreateAsync(string companyPath, BcDraftInvoice draft, CancellationToken ct)
    {
        List<SalesInvoiceLineCreateDto> lines = draft.Lines.Select(SalesInvoiceLineCreateDto.From).ToList();
        bool multiLine = lines.Count > 1;
        if (!multiLine || !session.MultiLineDeepInsertRejected)
        {
            try
            {
                SalesInvoiceDto created = await http.PostAsync<SalesInvoiceDto>(
                    BusinessCentralCallKind.InvoiceCreate, companyPath + "/salesInvoices", Header(draft, lines), null, draft.ExternalDocumentNumber, ct);
                logger.DraftInvoiceCreated(created.Number ?? "", created.Id, draft.CustomerNumber, lines.Count, "deep insert");
                return created.ToInvoice();
            }
            catch (BusinessCentralException ex) when (multiLine && IsMultiLineDeepInsertRejection(ex))
            {
                // BC runs a deep insert in one transaction, so the rejected attempt left nothing behind.
                session.MarkMultiLineDeepInsertRejected();
                logger.DeepInsertRejected(lines.Count, ex.Code);
            }
        }
        return await CreateWithBatchAsync(companyPath, draft, lines, ct);
    }

    /// <summary>
    /// Modelled on the BC 22 regression (microsoft/ALAppExtensions#23028, dynamics365smb-devitpro-pb#2837) where a
    /// deep insert failed with Internal_ServerError "You cannot change the value of the SystemId field ... Table: Sales Line".
    /// Validation errors (unknown item, blocked customer) have other codes and are not mistaken for it.
    /// </summary>
    internal static bool IsMultiLineDeepInsertRejection(BusinessCentralException ex) =>
        ex is not BusinessCentralOutcomeUnknownException
        && ex.StatusCode is 400 or 500
        && string.Equals(ex.Code, "Internal_ServerError", StringComparison.OrdinalIgnoreCase)
        && ex.Message.Contains("Sales Line", StringComparison.OrdinalIgnoreCase);

    private async Task<BcSalesInvoice> CreateWithBatchAsync(
        string companyPath, BcDraftInvoice draft, List<SalesInvoiceLineCreateDto> lines, CancellationToken ct)
    {
        SalesInvoiceDto header = await http.PostAsync<SalesInvoiceDto>(
            BusinessCentralCallKind.InvoiceCreate, companyPath + "/salesInvoices", Header(draft, null), null, draft.ExternalDocumentNumber, ct);
        string invoicePath = $"{companyPath}/salesInvoices({header.Id})";
        try
        {
            foreach (SalesInvoiceLineCreateDto[] chunk in lines.Chunk(options.BatchSize))
            {
                if (chunk.Length == 1)
                {
                    await http.PostAsync<JsonElement>(BusinessCentralCallKind.LineCreate, invoicePath + "/salesInvoiceLines", chunk[0], null, draft.ExternalDocumentNumber, ct);
                }
                else
                {
                    await PostLinesBatchAsync(invoicePath + "/salesInvoiceLines", chunk, draft.ExternalDocumentNumber, ct);
                }
            }
        }
        catch (BusinessCentralException ex)
        {
            logger.BatchLinesFailed(header.Id, ex.Code);
            await DeleteIncompleteInvoiceAsync(invoicePath, header.Id, draft.ExternalDocumentNumber, ex, ct);
            throw ex is BusinessCentralOutcomeUnknownException
                ? new BusinessCentralException("Client_LinesNotConfirmed",
                    "Business Central did not confirm the invoice lines; the draft was removed, nothing was created.", null, isTransient: true, inner: ex)
                : ex;
        }
        SalesInvoiceDto complete = await http.GetAsync<SalesInvoiceDto>(BusinessCentralCallKind.ReconcileGet, invoicePath, ct);
        logger.DraftInvoiceCreated(complete.Number ?? "", complete.Id, draft.CustomerNumber, lines.Count, "header and $batch");
        return complete.ToInvoice();
    }

    private async Task PostLinesBatchAsync(string linesPath, SalesInvoiceLineCreateDto[] chunk, string externalDocumentNumber, CancellationToken ct)
    {
        BatchRequestDto request = new(chunk
            .Select((line, i) => new BatchOperationDto("POST", (i + 1).ToString(CultureInfo.InvariantCulture), linesPath, JsonHeaders,
                JsonSerializer.SerializeToNode(line, BusinessCentralJson.Options)))
            .ToList());
        // Isolation: snapshot makes the batch one transaction: either every line of the chunk exists or none.
        BatchResponseDto response = await http.PostAsync<BatchResponseDto>(
            BusinessCentralCallKind.Batch, "$batch", request, SnapshotIsolation, externalDocumentNumber, ct);
        List<BatchOperationResultDto> results = response.Responses ?? [];
        BatchOperationResultDto? failed = results.FirstOrDefault(r => r.Status is < 200 or >= 300);
        if (failed is not null)
        {
            throw BusinessCentralErrors.FromResponse(failed.Status, null, failed.Body?.GetRawText());
        }
        if (results.Count != chunk.Length)
        {
            throw new BusinessCentralException("Client_BatchIncomplete",
                $"Business Central answered {results.Count} of {chunk.Length} line operations.", null, isTransient: false);
        }
    }

    private async Task DeleteIncompleteInvoiceAsync(string invoicePath, Guid invoiceId, string externalDocumentNumber, Exception cause, CancellationToken ct)
    {
        try
        {
            await http.DeleteAsync(BusinessCentralCallKind.Delete, invoicePath, ct);
        }
        catch (BusinessCentralException deleteFailure)
        {
            logger.EmptyHeaderDeleteFailed(deleteFailure, invoiceId);
            // A draft with our run key may remain: only reconciliation can tell what is there now.
            throw new BusinessCentralOutcomeUnknownException("lines of a new invoice", externalDocumentNumber, new AggregateException(cause, deleteFailure));
        }
    }

    internal static SalesInvoiceCreateDto Header(BcDraftInvoice draft, List<SalesInvoiceLineCreateDto>? lines) => new(
        draft.CustomerNumber,
        draft.ExternalDocumentNumber,
        draft.InvoiceDate,
        string.IsNullOrWhiteSpace(draft.CurrencyCode) ? null : draft.CurrencyCode,
        lines);
}
