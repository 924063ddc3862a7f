namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>A read-only view of one line of a sandbox invoice.</summary>
public sealed record BusinessCentralSandboxInvoiceLine(int Sequence, string ItemNumber, string Description, decimal Quantity, decimal UnitPrice);
