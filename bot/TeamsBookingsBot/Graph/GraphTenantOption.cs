using Microsoft.Kiota.Abstractions;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// Names the tenant a Graph request is made in when its URL names no booking mailbox (e.g. <c>GET
/// /solutions/bookingBusinesses</c> for one tenant's setup card).
/// </summary>
internal sealed record GraphTenantOption(string TenantId) : IRequestOption;
