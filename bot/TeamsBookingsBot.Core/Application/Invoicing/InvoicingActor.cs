namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>Who asked, from where: every invoicing action is audited with it.</summary>
/// <param name="AadObjectId">The user's Entra object id (the stable user key).</param>
public sealed record InvoicingActor(string AadObjectId, string? DisplayName, string ConversationId, string? TenantId);
