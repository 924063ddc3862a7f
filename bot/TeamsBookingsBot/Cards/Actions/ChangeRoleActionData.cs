using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// A button on the people card: give person <paramref name="AadObjectId"/> the role <paramref name="Role"/>
/// (<see cref="TenantRole.Member"/> removes their role). Card data is untrusted: a role is only given to someone the
/// Connector says is in this conversation (<see cref="MemberId"/>, their Teams id), and the tenant is the activity's;
/// a role is taken away from anyone of the tenant.
/// </summary>
public sealed record ChangeRoleActionData(string AadObjectId, TenantRole Role) : CardActionData(CardVerbs.ChangeRole)
{
    private const int MaxIdLength = 200;

    /// <summary>The person's Teams id in this conversation (<c>29:…</c>); needed to give a role, not to take one away.</summary>
    public string? MemberId { get; init; }

    protected internal override bool IsValid() =>
        !string.IsNullOrWhiteSpace(AadObjectId) && AadObjectId.Length <= MaxIdLength && (MemberId?.Length ?? 0) <= MaxIdLength && Enum.IsDefined(Role);
}
