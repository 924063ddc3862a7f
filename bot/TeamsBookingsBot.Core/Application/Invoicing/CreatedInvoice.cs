using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>A draft sales invoice that exists in Business Central, with the link that opens it there.</summary>
public sealed record CreatedInvoice(DraftInvoice Draft, Guid InvoiceId, string InvoiceNumber, Money Total, Uri WebLink);
