namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>A read-only view of a sandbox invoice for tests and the demo.</summary>
public sealed record BusinessCentralSandboxInvoice(
    Guid Id, string Number, string Status, string ExternalDocumentNumber, string CustomerNumber, decimal TotalAmountIncludingTax,
    IReadOnlyList<BusinessCentralSandboxInvoiceLine> Lines);
