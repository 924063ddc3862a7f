using TeamsBookingsBot.Application.Invoicing;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// A list card the bot posted: which business it listed, and in which tenant and conversation, by whom. Its buttons
/// carry <see cref="ListId"/>, so a press can be checked against the chat the card was made in. The bookings listed
/// are not kept: the list is computed afresh on every press.
/// </summary>
public sealed record ListSnapshot(Guid ListId, string BusinessId, InvoicingActor MadeBy, DateTimeOffset CreatedUtc);
