using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// One person on the people card. <paramref name="Name"/> is as Teams sent it (untrusted, shown as typed);
/// <paramref name="MemberId"/> is their Teams id when they are in this conversation (a role can only be given then).
/// </summary>
public sealed record PeopleCardRow(string AadObjectId, string? MemberId, string Name, TenantRole Role, bool FromConfiguration);
