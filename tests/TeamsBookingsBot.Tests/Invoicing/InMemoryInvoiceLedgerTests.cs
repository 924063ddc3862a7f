using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Invoicing;

public sealed class InMemoryInvoiceLedgerTests : InvoiceLedgerContractTests
{
    protected override IInvoiceLedger CreateLedger() => new InMemoryInvoiceLedger();
}
