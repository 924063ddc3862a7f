namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>One reconciliation pass: reservations found in BC (now invoiced), freed, left for later, or still running.</summary>
public sealed record InvoiceReconciliationReport(int Invoiced, int Released, int StillUnknown, int SkippedLiveRuns);
