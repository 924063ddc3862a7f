namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// A Bookings customer (by <c>InvoiceLedgerKey.CustomerKeyOf</c>) billed to a chosen BC customer. A link wins over
/// the email lookup: it is how a user settles an ambiguous or missing match once.
/// </summary>
public sealed record CustomerLink(string BusinessId, string CustomerKey, string CustomerNumber, bool Manual, string By, DateTimeOffset AtUtc);
